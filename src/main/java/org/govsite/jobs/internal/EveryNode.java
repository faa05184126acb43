package org.govsite.jobs.internal;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.govsite.jobs.Causes;
import org.govsite.jobs.RecurringJob;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The recurring work every node does for itself, in every role, on one daemon thread of this node:
 * its runs are this node's alone, so it needs no lock. A failure is recorded (the last run per node
 * shows on the jobs page) and the work runs again at its next time; successes are written at most
 * once a minute, so work that runs every second costs the database next to nothing.
 */
@Component
class EveryNode implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(EveryNode.class);

	private final List<RecurringJob> jobs;

	private final JobStatus status;

	private final Clock clock;

	private @Nullable ScheduledExecutorService timer;

	private volatile boolean running;

	EveryNode(List<RecurringJob> recurring, JobStatus status, Clock clock) {
		this.jobs = recurring.stream().filter(RecurringJob::everyNode).toList();
		this.status = status;
		this.clock = clock;
	}

	@Override
	public void start() {
		ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "every-node-jobs");
			thread.setDaemon(true);
			return thread;
		});
		this.timer = timer;
		for (RecurringJob job : jobs) {
			long every = java.util.Objects.requireNonNull(job.every()).toMillis();
			timer.scheduleWithFixedDelay(new Run(job), every, every, TimeUnit.MILLISECONDS);
		}
		running = true;
	}

	@Override
	public void stop() {
		if (timer != null) {
			timer.shutdownNow();
		}
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private final class Run implements Runnable {

		private final RecurringJob job;

		private boolean lastFailed = true;

		private long lastRecorded;

		Run(RecurringJob job) {
			this.job = job;
		}

		@Override
		public void run() {
			try {
				job.work().run();
				long now = System.nanoTime();
				if (lastFailed || now - lastRecorded > 60_000_000_000L) {
					status.succeeded(job.name(), "", NodeName.THIS, clock.instant());
					lastFailed = false;
					lastRecorded = now;
				}
			}
			catch (RuntimeException e) {
				lastFailed = true;
				log.error("Recurring job {} failed on this node; it runs again at its next time", job.name(), e);
				try {
					status.failed(job.name(), "", NodeName.THIS, clock.instant(), Causes.of(e));
				}
				catch (RuntimeException recording) {
					log.warn("Could not record the failure of job {}: {}", job.name(), recording.getMessage());
				}
			}
		}
	}
}
