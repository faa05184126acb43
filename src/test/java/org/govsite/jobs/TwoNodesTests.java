package org.govsite.jobs;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
import org.springframework.jdbc.datasource.DelegatingDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two admin nodes on one database (two schedulers on the facility's table, as two processes
 * would run them) never run the same job twice, and a job whose node dies mid-run is taken over
 * by the other once the dead node's heartbeats stop.
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

	/**
	 * Node A takes a job and is killed in the middle of it: from then on it reaches the database no
	 * more (as a process killed or cut off), so its heartbeats stop while its execution row still
	 * says it is running. Node B must leave the job alone while A's heartbeats come, and revive and
	 * run it once they have stopped for longer than the limit. Heartbeats here are 200 ms apart (in
	 * production {@code govsite.jobs.heartbeat}); the waits are bounds, not speeds.
	 */
	@Test
	void aJobOfANodeKilledMidRunIsTakenOverByTheOtherAfterItsHeartbeatsStop() throws InterruptedException {
		String name = "test.takeover";
		List<String> runs = new CopyOnWriteArrayList<>();
		CountDownLatch startedOnA = new CountDownLatch(1);
		CountDownLatch releaseA = new CountDownLatch(1);
		KillableDataSource databaseOfA = new KillableDataSource(dataSource);
		Scheduler nodeA = node(databaseOfA, "takeover-a", Tasks.oneTime(name).execute((instance, context) -> {
			runs.add("takeover-a");
			startedOnA.countDown();
			try {
				releaseA.await();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}));
		Scheduler nodeB = node(dataSource, "takeover-b", Tasks.oneTime(name).execute((instance, context) -> runs.add("takeover-b")));
		try {
			nodeA.schedule(new TaskInstance<Void>(name, "job-1"), Instant.now());
			nodeA.start();
			assertThat(startedOnA.await(60, TimeUnit.SECONDS)).as("node A took the job").isTrue();
			nodeB.start();
			// ten of A's heartbeats: a live node's job is not taken from it
			sleep(2_000);
			assertThat(runs).containsExactly("takeover-a");

			databaseOfA.kill();

			Waiting.until("node B to take over the job of dead node A", Duration.ofSeconds(60), () -> runs.size() == 2);
			assertThat(runs).containsExactly("takeover-a", "takeover-b");
			Waiting.until("the taken-over job to be done", Duration.ofSeconds(30),
					() -> nodeB.getScheduledExecutions().stream().noneMatch(execution -> execution.getTaskInstance().getTaskName().equals(name)));
			// A's thread ends now, but A can no longer record anything: the job stays done, once
			releaseA.countDown();
			sleep(1_000);
			assertThat(runs).containsExactly("takeover-a", "takeover-b");
		}
		finally {
			releaseA.countDown();
			nodeA.stop();
			nodeB.stop();
		}
	}

	private static Scheduler node(DataSource database, String name, OneTimeTask<Void> task) {
		return Scheduler.create(database, task)
			.threads(2)
			.pollingInterval(Duration.ofMillis(100))
			.heartbeatInterval(Duration.ofMillis(200))
			.missedHeartbeatsLimit(4)
			.shutdownMaxWait(Duration.ofSeconds(1))
			.schedulerName(new SchedulerName.Fixed(name))
			.build();
	}

	/** A node's way to the database, which its death cuts: every later connection is refused. */
	private static final class KillableDataSource extends DelegatingDataSource {

		private final AtomicBoolean dead = new AtomicBoolean();

		KillableDataSource(DataSource database) {
			super(database);
		}

		void kill() {
			dead.set(true);
		}

		@Override
		public Connection getConnection() throws SQLException {
			if (dead.get()) {
				throw new SQLException("node killed");
			}
			return super.getConnection();
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
