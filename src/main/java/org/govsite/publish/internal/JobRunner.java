package org.govsite.publish.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.govsite.jobs.Causes;
import org.govsite.publish.JobKind;
import org.govsite.publish.internal.JobStore.ClaimedJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Runs publish jobs: takes the next one from the queue, publishes, and records the outcome. A run
 * that fails is tried again after a delay that doubles with each attempt; after the last attempt
 * the job is failed and reported. Nothing half-written stays: files are moved into place whole,
 * and a retry starts by removing the temporary files a killed run left.
 */
@Component
public class JobRunner {

	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

	private final JobStore jobs;

	private final SitePublisher publisher;

	private final PublishProperties settings;

	private final Clock clock;

	private final FinishedJobs finished;

	/** Jobs this process is claiming or running now, on any thread (the worker's, a test's). */
	private final AtomicInteger busy = new AtomicInteger();

	public JobRunner(JobStore jobs, SitePublisher publisher, PublishProperties settings, Clock clock,
			FinishedJobs finished) {
		this.jobs = jobs;
		this.publisher = publisher;
		this.settings = settings;
		this.clock = clock;
		this.finished = finished;
	}

	/** Runs every job that may run now, one after the other; returns how many ran. */
	public int runPending() {
		// busy from the first claim to the last: the worker is not idle between two jobs of its round
		busy.incrementAndGet();
		try {
			int ran = 0;
			while (runNext()) {
				ran++;
			}
			return ran;
		}
		finally {
			busy.decrementAndGet();
		}
	}

	/** Takes and runs the next job, if any may run now. */
	public boolean runNext() {
		// counted from before the claim: a job claimed by another thread is never seen as neither queued nor busy
		busy.incrementAndGet();
		try {
			Instant now = clock.instant();
			Optional<ClaimedJob> claimed = jobs.claim(now, now.minus(settings.staleAfter()));
			if (claimed.isEmpty()) {
				return false;
			}
			run(claimed.get());
			return true;
		}
		finally {
			busy.decrementAndGet();
		}
	}

	/**
	 * Whether a thread of this process is taking or running a job: {@link #runPending()} leaves a job
	 * that the worker thread has taken, and whoever must see its files waits for this.
	 */
	public boolean busy() {
		return busy.get() > 0;
	}

	void run(ClaimedJob job) {
		JobProgress progress = new JobProgress(job.id());
		try {
			SitePublisher.Outcome outcome = switch (job.kind()) {
				case FULL -> publisher.full(job.siteId(), progress);
				case INCREMENTAL -> publisher.incremental(job.siteId(), job.documentIds(), job.channelIds(), job.attempt() > 1,
						progress);
				case PAGES -> publisher.sitePages(job.siteId(), job.attempt() > 1, progress);
			};
			finished.record(job, outcome, clock.instant());
		}
		catch (RuntimeException e) {
			boolean again = job.attempt() < settings.maxAttempts();
			Instant retryAt = again ? clock.instant().plus(delay(job.attempt())) : null;
			log.error("Publish job {} (site {}, {}) failed on attempt {}{}", job.id(), job.siteId(), job.kind(),
					job.attempt(), again ? "; tried again at " + retryAt : "; no attempts left", e);
			jobs.failed(job.id(), Causes.of(e), retryAt, clock.instant());
		}
	}

	private Duration delay(int attempt) {
		return settings.retryDelay().multipliedBy(1L << Math.min(attempt - 1, 10));
	}

	/** Reports progress to the job, at most a few times a second, which is also its sign of life. */
	private final class JobProgress implements SitePublisher.Progress {

		private final long jobId;

		private final AtomicInteger done = new AtomicInteger();

		private volatile int total;

		/** The claim was the job's first sign of life: a job done within half a second reports nothing. */
		private volatile long lastReport = System.nanoTime();

		JobProgress(long jobId) {
			this.jobId = jobId;
		}

		@Override
		public void planned(int total) {
			this.total = total;
			report();
		}

		@Override
		public void done(int pages) {
			done.addAndGet(pages);
			report();
		}

		private void report() {
			long time = System.nanoTime();
			if (time - lastReport > 500_000_000L) {
				lastReport = time;
				jobs.progress(jobId, done.get(), Math.max(total, done.get()), clock.instant());
			}
		}
	}
}
