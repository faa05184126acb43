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

	@Transactional
	public void record(ClaimedJob job, SitePublisher.Outcome outcome, Instant at) {
		jobs.finished(job.id(), outcome.written(), outcome.unchanged(), at);
		events.publishEvent(new PagesPublished(job.siteId(), job.kind() == JobKind.FULL,
				job.kind() == JobKind.FULL ? Set.of() : job.documentIds()));
	}
}
