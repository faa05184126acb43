package org.govsite.publish.web;

import java.util.List;

import org.govsite.platform.BackOffice;
import org.govsite.platform.WorkItem;
import org.govsite.platform.WorkbenchSource;
import org.govsite.publish.PublishManagement;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Puts publish jobs that failed on every try on the 工作台 of the system administrator and the site's managers. */
@Component
@BackOffice
class PublishWorkbench implements WorkbenchSource {

	private final PublishManagement publishing;

	private final MessageSource messages;

	PublishWorkbench(PublishManagement publishing, MessageSource messages) {
		this.publishing = publishing;
		this.messages = messages;
	}

	@Override
	public List<WorkItem> itemsFor(Authentication user) {
		return publishing.failures().stream()
			.map(job -> new WorkItem("workbench.category.task",
					messages.getMessage("publish.work.failed", new Object[] { job.siteName(), job.reason() },
							LocaleContextHolder.getLocale()),
					"/admin/publish#job-" + job.id(), null))
			.toList();
	}
}
