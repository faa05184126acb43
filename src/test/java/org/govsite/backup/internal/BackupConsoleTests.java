package org.govsite.backup.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.govsite.backup.BackupSet;
import org.govsite.backup.Backups;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 数据备份 for the system administrator: the last good backup, verification (audited) that finds
 * a changed file, the red banner and the one message when the last good backup gets too old, or
 * when a fresh install has had none within the age.
 */
@IntegrationTest
class BackupConsoleTests {

	static final RequestPostProcessor SYSTEM_ADMIN = user("sysadmin-backup")
		.authorities(List.of(new SimpleGrantedAuthority("ROLE_SYSTEM_ADMIN"), new SimpleGrantedAuthority("STAFF")));

	@Autowired
	Backups backups;

	@Autowired
	BackupKeeper keeper;

	@Autowired
	BackupAlert alert;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@AfterEach
	void resetClock() {
		((TestClock) clock).reset();
	}

	@Test
	void theSystemAdministratorSeesTheLastGoodBackupVerifiesItAndIsWarnedWhenItIsTooOld() throws Exception {
		BackupSet set = backups.take();
		String page = page();
		assertThat(page).contains("最近一次成功的备份", set.name(), set.manifestSha256(), "未校验").doesNotContain("backup-too-old");

		mvc.perform(post("/admin/backups/" + set.name() + "/verify").with(SYSTEM_ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/admin/backups"))
			.andExpect(flash().attribute("successMessage", "备份 " + set.name() + " 校验通过。"));
		assertThat(page()).contains("校验通过");
		assertThat(audited("backup.verify", set.name())).isEqualTo(1);

		((TestClock) clock).advance(Duration.ofHours(26).plusMinutes(30));
		assertThat(page()).contains("backup-too-old", "最近一次成功的备份已超过 26 小时");
		int before = messages();
		alert.watch(clock.instant());
		alert.watch(clock.instant().plus(Duration.ofHours(2)));
		assertThat(messages()).as("one message for one crossing").isEqualTo(before + 1);

		Path copied = keeper.directory().resolve(set.name()).resolve(DatabaseCopy.TABLES);
		Files.writeString(copied, Files.readString(copied) + "\n");
		mvc.perform(post("/admin/backups/" + set.name() + "/verify").with(SYSTEM_ADMIN).with(csrf()))
			.andExpect(flash().attribute("errorMessage", "备份 " + set.name() + " 校验失败：changed: db/tables.tsv"));
		BackupSet last = backups.status().lastGood();
		assertThat(last == null ? null : last.name()).as("a damaged set is no good backup").isNotEqualTo(set.name());
	}

	@Test
	void aFreshInstallWithoutAGoodBackupWithinTheAgeIsWarnedOnTheConsoleAndByMessage() throws Exception {
		// this install as if it never had a good backup: the good sets other tests took are hidden meanwhile
		List<Long> hidden = jdbc.sql("select id from backup_run where deleted_at is null and ok").query(Long.class).list();
		jdbc.sql("update backup_run set deleted_at = now() where id in (select unnest(?::bigint[]))")
			.param(hidden.toArray(Long[]::new)).update();
		try {
			Instant installed = jdbc.sql("select min(installed_on) from flyway_schema_history").query(Timestamp.class).single()
				.toInstant();
			TestClock time = (TestClock) clock;
			time.setTo(LocalDateTime.ofInstant(installed.plus(Duration.ofHours(25)), TestClock.CHINA));
			assertThat(backups.status().lastGood()).isNull();
			assertThat(page()).contains("还没有成功的备份").doesNotContain("backup-too-old");
			int before = messages();
			alert.watch(clock.instant());
			assertThat(messages()).as("no message while the install is younger than the age").isEqualTo(before);

			time.advance(Duration.ofHours(1).plusMinutes(30));
			assertThat(page()).contains("backup-too-old", "安装已超过 26 小时，仍没有一次成功的备份");
			alert.watch(clock.instant());
			alert.watch(clock.instant().plus(Duration.ofHours(2)));
			assertThat(messages()).as("one message for one crossing").isEqualTo(before + 1);
			assertThat(jdbc.sql("select text from notification where kind = 'backup.TOO_OLD' order by id desc limit 1")
				.query(String.class).single()).isEqualTo("安装已超过 26 小时，仍没有一次成功的备份，请检查每日备份");
		}
		finally {
			jdbc.sql("update backup_run set deleted_at = null where id in (select unnest(?::bigint[]))")
				.param(hidden.toArray(Long[]::new)).update();
		}
	}

	@Test
	void onlyTheSystemAdministratorMayOpenOrBackUp() throws Exception {
		RequestPostProcessor editor = user("editor-backup").authorities(List.of(new SimpleGrantedAuthority("STAFF")));
		mvc.perform(get("/admin/backups").with(editor)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/backups/run").with(editor).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/admin/backups/not-a-backup/verify").with(SYSTEM_ADMIN).with(csrf())).andExpect(status().isNotFound());
	}

	private String page() throws Exception {
		return mvc.perform(get("/admin/backups").with(SYSTEM_ADMIN)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private int audited(String action, String objectId) {
		return jdbc.sql("select count(*) from audit_record where action = ? and object_id = ?").params(action, objectId)
			.query(Integer.class).single();
	}

	private int messages() {
		return jdbc.sql("select count(*) from notification where kind = 'backup.TOO_OLD'").query(Integer.class).single();
	}
}
