package org.govsite.backup.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;

import javax.sql.DataSource;

import org.govsite.audit.AuditTrail;
import org.govsite.backup.BackupRoundTrip;
import org.govsite.backup.BackupSet;
import org.govsite.content.ContentFixtures;
import org.govsite.identity.IdentityManagement;
import org.govsite.platform.GovSiteProperties;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pg-dump method end to end with the machine's own pg_dump and pg_restore: on a server they
 * are as new as (the DB phase of .ci/run, on the PostgreSQL at 127.0.0.1:5432) a backup restored
 * into a fresh database loses nothing; on a newer server (the embedded PostgreSQL of the default
 * run) the backup is refused in Chinese before pg_dump runs, and the failed run says why.
 */
@IntegrationTest
class PgDumpRestoreTests {

	@Autowired
	BackupProperties configured;

	@Autowired
	GovSiteProperties platform;

	@Autowired
	DataSource dataSource;

	@Autowired
	Environment environment;

	@Autowired
	BackupRuns runs;

	@Autowired
	Clock clock;

	@Autowired
	ContentFixtures content;

	@Autowired
	IdentityManagement identity;

	@Autowired
	AuditTrail audit;

	@Test
	void aBackupWithPgDumpRestoredIntoAFreshDatabaseLosesNothing() throws Exception {
		assumeTrue(toolMajor() >= serverMajor(), "pg_dump " + toolMajor() + " is older than the server (PostgreSQL "
				+ serverMajor() + "): the DB phase runs this on the machine's server");
		BackupKeeper keeper = pgDumpKeeper();
		try (BackupRoundTrip roundTrip = new BackupRoundTrip(content, identity, audit, platform)) {
			roundTrip.losesNothing(keeper::take, keeper::verify, keeper.directory());
		}
	}

	@Test
	void aPgDumpOlderThanTheServerIsRefusedInChineseBeforeItRuns() throws Exception {
		assumeTrue(toolMajor() < serverMajor(), "pg_dump is as new as the server: the round trip above runs instead");
		BackupKeeper keeper = pgDumpKeeper();
		assertThatThrownBy(keeper::take).isInstanceOf(BackupRefused.class)
			.extracting(refused -> ((BackupRefused) refused).code()).isEqualTo("backup.refused.pgVersion");
		BackupSet failed = runs.recent(1).getFirst();
		assertThat(failed.ok()).isFalse();
		assertThat(failed.error()).contains("是 PostgreSQL " + toolMajor() + " 的工具，比数据库服务器（PostgreSQL " + serverMajor() + "）旧");
		assertThat(keeper.directory().resolve("." + failed.name() + ".partial")).doesNotExist();
	}

	private BackupKeeper pgDumpKeeper() {
		BackupProperties pgDump = new BackupProperties(configured.dir(), LocalTime.of(2, 30), configured.keepDays(),
				Duration.ofHours(26), "pg-dump", "pg_dump", "pg_restore", null);
		return new BackupKeeper(pgDump, platform, dataSource, environment, runs, clock);
	}

	private static int toolMajor() {
		try {
			return PgTools.majorOf(PgTools.resolve("pg_dump", System.getenv("PATH")));
		}
		catch (BackupRefused absent) {
			assumeTrue(false, "no pg_dump on this machine (Debian: postgresql-client)");
			return 0;
		}
	}

	private int serverMajor() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseMajorVersion();
		}
	}
}
