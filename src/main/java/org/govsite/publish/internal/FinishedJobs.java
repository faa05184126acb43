package org.govsite.publish.internal;

import java.time.Instant;
import java.util.Set;

import org.govsite.publish.JobKind;
import org.govsite.publish.PagesPublished;
import org.govsite.publish.internal.JobStore.ClaimedJob;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records a job's success and tells the other modules ({@link PagesPublished}), in one transaction. */
@Component
public class FinishedJobs {

	private final JobStore jobs;

	private final ApplicationEventPublisher events;

	FinishedJobs(JobStore jobs, ApplicationEventPublisher events) {
		this.jobs = jobs;
		this.events = events;
	}

	/**
	 * The commit does not wait for the disk: PostgreSQL's log is written in order, so a finish that
	 * survives a crash has all the job's bookkeeping with it, and a finish lost in a crash of PostgreSQL
	 * leaves the job running with an old sign of life, which is queued and run again (its pages come
	 * out the same). It spares a flush of the log between the last page and the job counted done.
	 */
	@Transactional
	public void record(ClaimedJob job, SitePublisher.Outcome outcome, Instant at) {
		jobs.commitWithoutWaitingForDisk();
		jobs.finished(job.id(), outcome.written(), outcome.unchanged(), at);
		events.publishEvent(new PagesPublished(job.siteId(), job.kind() == JobKind.FULL,
				job.kind() == JobKind.FULL ? Set.of() : job.documentIds()));
	}
}
