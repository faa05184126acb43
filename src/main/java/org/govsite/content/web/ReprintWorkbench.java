package org.govsite.content.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.govsite.content.ReprintClock;
import org.govsite.content.ReprintItemView;
import org.govsite.platform.BackOffice;
import org.govsite.platform.WorkItem;
import org.govsite.platform.WorkbenchSource;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * On the 工作台 of a site's editors: each upper-level policy still to reprint, with the hour its
 * 12-hour limit ends (the day alone would hide it), marked overdue once it passed.
 */
@Component
@BackOffice
class ReprintWorkbench implements WorkbenchSource {

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private final ReprintClock reprints;

	private final MessageSource messages;

	private final Clock clock;

	ReprintWorkbench(ReprintClock reprints, MessageSource messages, Clock clock) {
		this.reprints = reprints;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<WorkItem> itemsFor(Authentication user) {
		return reprints.waitingForMe().stream().map(this::item).toList();
	}

	private WorkItem item(ReprintItemView item) {
		String key = item.documentId() == null ? "content.workbench.reprint" : "content.workbench.reprintImported";
		String title = messages.getMessage(key,
				new Object[] { item.feedName(), item.title(), HOUR.format(item.dueAt().atZone(clock.getZone())) },
				LocaleContextHolder.getLocale());
		String path = item.documentId() == null ? "/admin/reprints#item-" + item.id() : "/admin/documents/" + item.documentId();
		return new WorkItem("workbench.category.deadline", title, path, item.dueAt().atZone(clock.getZone()).toLocalDate());
	}
}
