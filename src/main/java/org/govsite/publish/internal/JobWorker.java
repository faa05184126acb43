package org.govsite.publish.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.govsite.jobs.RecurringJob;
import org.govsite.platform.BackOffice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The worker of an admin node: looks for queued jobs every poll interval, and at once when this
 * node queues one. One job at a time per node (the pages of a job render in parallel).
 */
@Component
@BackOffice
@ConditionalOnProperty(name = "govsite.publish.worker", havingValue = "true", matchIfMissing = true)
class JobWorker {

	private static final Logger log = LoggerFactory.getLogger(JobWorker.class);

	private final JobRunner runner;

	private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
		Thread worker = new Thread(runnable, "publish-worker");
		worker.setDaemon(true);
		return worker;
	});

	private final AtomicBoolean wanted = new AtomicBoolean();

	JobWorker(JobRunner runner, JobStore jobs) {
		this.runner = runner;
		jobs.whenQueued(this::wake);
	}

	/** Looks at the queue every poll interval on every worker node, for jobs other nodes queued or retries now due. */
	@org.springframework.context.annotation.Bean
	static RecurringJob publishWorkerPoll(JobWorker worker, PublishProperties settings) {
		return RecurringJob.onEveryNode("publish.worker", "publish.job.worker", settings.pollInterval(), worker::wake);
	}

	/** Runs the queue on the worker thread, unless it is already running it. */
	void wake() {
		if (wanted.compareAndSet(false, true)) {
			thread.execute(() -> {
				wanted.set(false);
				try {
					runner.runPending();
				}
				catch (RuntimeException e) {
					log.error("The publish worker could not read the queue", e);
				}
			});
		}
	}

	@jakarta.annotation.PreDestroy
	void stop() {
		thread.shutdownNow();
	}
}
