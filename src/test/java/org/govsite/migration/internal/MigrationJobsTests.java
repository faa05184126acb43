package org.govsite.migration.internal;

import java.time.Clock;
import java.util.List;

import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.StaffRole;
import org.govsite.migration.MigrationRequest;
import org.govsite.migration.MigrationState;
import org.govsite.migration.MigrationView;
import org.govsite.migration.Migrations;
import org.govsite.publish.PublishFixtures;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A migration's job that keeps failing: retried while it has attempts, then the migration is failed with the cause. */
@IntegrationTest
class MigrationJobsTests {

	static final Staff ADMIN = new Staff("migration-jobs-admin", List.of(StaffRole.SYSTEM_ADMIN.authority(), "STAFF"));

	@Autowired
	Migrations migrations;

	@Autowired
	MigrationStore store;

	@Autowired
	PublishFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MessageSource messages;

	@Test
	void theLastFailedAttemptFailsTheMigrationWithItsCause() {
		long siteId = fixtures.onlineSite().id();
		long id = ADMIN.run(() -> migrations.create(new MigrationRequest(siteId, null, "屡次失败", "http://localhost:9/", 1,
				50, 10, true)));
		// as the console's start leaves it, without queueing the job that this test plays
		jdbc.sql("update migration_run set state = 'CRAWLING' where id = ?").param(id).update();

		for (int attempt = 1; attempt <= MigrationJobs.ATTEMPTS; attempt++) {
			assertThatThrownBy(() -> MigrationJobs.failing(store, clock, messages, id, () -> {
				throw new IllegalStateException("数据库连接中断");
			})).isInstanceOf(IllegalStateException.class);
			MigrationView migration = ADMIN.run(() -> migrations.find(id));
			assertThat(migration.error()).isEqualTo("IllegalStateException: 数据库连接中断");
			assertThat(migration.state()).isEqualTo(attempt < MigrationJobs.ATTEMPTS ? MigrationState.CRAWLING : MigrationState.FAILED);
		}
		assertThat(ADMIN.run(() -> migrations.find(id)).crawlable()).isTrue();
	}
}
