package org.govsite.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two admin nodes on one database (two schedulers on the facility's table, as two processes
 * would run them) never run the same job twice.
 */
@IntegrationTest
class TwoNodesTests {

	@Autowired
	DataSource dataSource;

	@Test
	void twoNodesShareTheQueueAndNoJobRunsTwice() {
		Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
		Map<String, String> ranOn = new ConcurrentHashMap<>();
		List<Scheduler> nodes = new ArrayList<>();
		for (String node : List.of("node-a", "node-b")) {
			OneTimeTask<Void> task = Tasks.oneTime("test.twoNodes").execute((instance, context) -> {
				runs.computeIfAbsent(instance.getId(), id -> new AtomicInteger()).incrementAndGet();
				ranOn.put(instance.getId(), node);
				sleep(5);
			});
			nodes.add(Scheduler.create(dataSource, task)
				.threads(3)
				.pollingInterval(Duration.ofMillis(100))
				.schedulerName(new SchedulerName.Fixed(node))
				.build());
		}
		try {
			Scheduler first = nodes.get(0);
			for (int i = 0; i < 60; i++) {
				first.schedule(new TaskInstance<Void>("test.twoNodes", "job-" + i), Instant.now());
			}
			nodes.forEach(Scheduler::start);

			Waiting.until("all 60 jobs", Duration.ofSeconds(60), () -> runs.size() == 60);
			sleep(500);
			assertThat(runs.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
			assertThat(ranOn.values()).contains("node-a", "node-b");
		}
		finally {
			nodes.forEach(Scheduler::stop);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
