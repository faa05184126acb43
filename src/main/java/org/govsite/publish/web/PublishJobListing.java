package org.govsite.publish.web;

import java.util.List;

import org.govsite.jobs.JobLine;
import org.govsite.jobs.JobListing;
import org.govsite.platform.BackOffice;
import org.govsite.publish.PublishJobView;
import org.govsite.publish.PublishJobs;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Publishing's own queue on the jobs page: waiting jobs of a site merge into one and each reports
 * its pages, so it keeps its table and shows its newest jobs there.
 */
@Component
@BackOffice
class PublishJobListing implements JobListing {

	private final PublishJobs publishJobs;

	private final MessageSource messages;

	PublishJobListing(PublishJobs publishJobs, MessageSource messages) {
		this.publishJobs = publishJobs;
		this.messages = messages;
	}

	@Override
	public String titleKey() {
		return "publish.jobs.heading";
	}

	@Override
	public String link() {
		return "/admin/publish";
	}

	@Override
	public List<JobLine> recent(int limit) {
		return publishJobs.jobs().stream().limit(limit).map(this::line).toList();
	}

	private JobLine line(PublishJobView job) {
		String label = messages.getMessage("publish.kind." + job.kind(), null, LocaleContextHolder.getLocale()) + "："
				+ job.siteName();
		JobLine.State state = switch (job.state()) {
			case QUEUED -> job.attempts() > 0 ? JobLine.State.RETRYING : JobLine.State.WAITING;
			case RUNNING -> JobLine.State.RUNNING;
			case DONE -> JobLine.State.SUCCEEDED;
			case FAILED -> JobLine.State.FAILED;
		};
		return new JobLine(job.kind().name(), label, String.valueOf(job.id()), JobLine.Kind.QUEUE, state, job.notBefore(),
				job.finishedAt(), job.error() == null ? 0 : job.attempts(), job.error(), job.done(), job.total(), null,
				"/admin/publish#job-" + job.id());
	}
}
