package org.govsite.publish.web;

import java.util.List;

import org.govsite.platform.BackOffice;
import org.govsite.platform.WorkItem;
import org.govsite.platform.WorkbenchSource;
import org.govsite.publish.PublishJobs;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Puts publish jobs that failed on every try on the 工作台 of the system administrator and the site's managers. */
@Component
@BackOffice
class PublishWorkbench implements WorkbenchSource {

	private final PublishJobs publishJobs;

	private final MessageSource messages;

	PublishWorkbench(PublishJobs publishJobs, MessageSource messages) {
		this.publishJobs = publishJobs;
		this.messages = messages;
	}

	@Override
	public List<WorkItem> itemsFor(Authentication user) {
		return publishJobs.failures().stream()
			.map(job -> new WorkItem("workbench.category.task",
					messages.getMessage("publish.work.failed", new Object[] { job.siteName(), job.reason() },
							LocaleContextHolder.getLocale()),
					"/admin/publish#job-" + job.id(), null))
			.toList();
	}
}
