package org.govsite.monitor.web;

import java.util.List;

import org.govsite.monitor.Rectification;
import org.govsite.platform.BackOffice;
import org.govsite.platform.WorkItem;
import org.govsite.platform.WorkbenchSource;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The rectification tasks the signed-in user owns, on their 工作台, with their deadlines. */
@Component
@BackOffice
class MonitorWorkbench implements WorkbenchSource {

	private final Rectification rectification;

	private final MessageSource messages;

	MonitorWorkbench(Rectification rectification, MessageSource messages) {
		this.rectification = rectification;
		this.messages = messages;
	}

	@Override
	public List<WorkItem> itemsFor(Authentication user) {
		return rectification.ownedBy(user.getName())
			.stream()
			.map(task -> new WorkItem("workbench.category.task",
					messages.getMessage("monitor.workbench.task", new Object[] { task.detail() }, LocaleContextHolder.getLocale()),
					"/admin/monitor/tasks/" + task.id(), task.dueOn()))
			.toList();
	}
}
