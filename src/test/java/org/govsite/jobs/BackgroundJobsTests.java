package org.govsite.jobs;

import java.time.Duration;
import java.util.List;

import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The platform's one facility for background work, on the real database. */
@IntegrationTest
class BackgroundJobsTests {

	static final RequestPostProcessor SYSTEM_ADMIN = user("sysadmin-jobs")
		.authorities(List.of(new SimpleGrantedAuthority("ROLE_SYSTEM_ADMIN"), new SimpleGrantedAuthority("STAFF")));

	@Autowired
	BackgroundJobs jobs;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvc mvc;

	@Test
	void aJobThatFailsIsTriedAgainUntilItWorks() {
		String id = "flaky-" + System.nanoTime();
		assertThat(jobs.queue("test.flaky", id, id)).isTrue();

		Waiting.until("the third, successful run", Duration.ofSeconds(60), () -> TestJobs.runsOf(id) >= 3
				&& jobs.overview().stream().noneMatch(line -> line.instance().equals(id)));
		assertThat(TestJobs.runsOf(id)).isEqualTo(3);
	}

	/** Spring pauses a cached test context (stops its lifecycle) and starts it again: so may an operator. */
	@Test
	void jobsRunAgainAfterTheApplicationWasStoppedAndStarted(
			@Autowired org.springframework.context.ConfigurableApplicationContext context) {
		context.stop();
		context.start();
		String id = "restarted-" + System.nanoTime();
		jobs.queue("test.flaky", id, id);

		Waiting.until("the job after a restart", Duration.ofSeconds(60), () -> TestJobs.runsOf(id) >= 3);
	}

	@Test
	void aJobThatUsesUpItsAttemptsShowsAsFailedWithItsCauseAndCanBeRunAgain() throws Exception {
		String id = "broken-" + System.nanoTime();
		jobs.queue("test.broken", id, id);

		Waiting.until("the job kept as failed", Duration.ofSeconds(60), () -> failed(id) != null);
		JobLine failed = failed(id);
		assertThat(failed.error()).contains("磁盘已满：" + id);
		assertThat(failed.failures()).isEqualTo(2);
		assertThat(TestJobs.runsOf(id)).isEqualTo(2);
		String page = mvc.perform(get("/admin/jobs").with(SYSTEM_ADMIN)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("磁盘已满：" + id, "失败");

		mvc.perform(post(failed.link()).with(SYSTEM_ADMIN).with(csrf())).andExpect(redirectedUrl("/admin/jobs"));
		Waiting.until("two more runs", Duration.ofSeconds(60), () -> TestJobs.runsOf(id) == 4 && failed(id) != null);
	}

	@Test
	void aJobQueuedInATransactionThatRollsBackIsNeverStored() {
		String id = "rolled-back-" + System.nanoTime();
		transactions.executeWithoutResult(status -> {
			jobs.queueAt("test.flaky", id, id, java.time.Instant.now().plusSeconds(3600));
			status.setRollbackOnly();
		});
		String kept = "kept-" + System.nanoTime();
		transactions.executeWithoutResult(status -> jobs.queueAt("test.flaky", kept, kept, java.time.Instant.now().plusSeconds(3600)));

		assertThat(jobs.overview()).extracting(JobLine::instance).contains(kept).doesNotContain(id);
	}

	@Test
	void theJobsPageListsTheSchedulesOfEveryModuleForTheSystemAdministratorOnly() throws Exception {
		String page = mvc.perform(get("/admin/jobs").with(SYSTEM_ADMIN)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		// the publish worker's poll is off in the tests (config/application.yaml); its queue shows all the same
		assertThat(page).contains("定时发布与定时撤稿", "定时（单节点）", "重新读取工作日历", "定时（每个节点）", "发布任务");

		mvc.perform(get("/admin/jobs").with(user("editor-jobs").authorities(List.of(new SimpleGrantedAuthority("STAFF")))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aScheduleCanBeRunAtOnce() throws Exception {
		mvc.perform(post("/admin/jobs/run").param("name", "content.release").param("instance", "recurring")
			.with(SYSTEM_ADMIN).with(csrf())).andExpect(redirectedUrl("/admin/jobs"));
		mvc.perform(post("/admin/jobs/run").param("name", "content.nothing").param("instance", "recurring")
			.with(SYSTEM_ADMIN).with(csrf())).andExpect(status().isNotFound());
	}

	private JobLine failed(String instance) {
		return jobs.overview().stream()
			.filter(line -> line.instance().equals(instance) && line.state() == JobLine.State.FAILED)
			.findFirst()
			.orElse(null);
	}
}
