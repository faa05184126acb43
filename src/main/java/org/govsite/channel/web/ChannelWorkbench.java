package org.govsite.channel.web;

import java.util.List;

import org.govsite.channel.ChannelWatch;
import org.govsite.channel.ChannelWatch.ChannelAttention;
import org.govsite.identity.StaffAccess;
import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;
import org.govsite.platform.WorkItem;
import org.govsite.platform.WorkbenchSource;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The channels that need the signed-in user on their 工作台: the ones they are responsible for
 * that are about to break their update rule (or have, or are empty), and the overdue or empty ones
 * of the sites they manage.
 */
@Component
@BackOffice
class ChannelWorkbench implements WorkbenchSource {

	private final ChannelWatch watch;

	private final StaffAccess staff;

	private final MessageSource messages;

	ChannelWorkbench(ChannelWatch watch, StaffAccess staff, MessageSource messages) {
		this.watch = watch;
		this.staff = staff;
		this.messages = messages;
	}

	@Override
	public List<WorkItem> itemsFor(Authentication user) {
		return watch.attentionFor(user.getName(), staff.sitesWith(StaffRole.SITE_MANAGER))
			.stream()
			.map(this::item)
			.toList();
	}

	private WorkItem item(ChannelAttention attention) {
		String title = messages.getMessage("channel.workbench." + attention.freshness().state().name(),
				new Object[] { attention.channel().name(), attention.channel().path(), String.valueOf(attention.freshness().due()) },
				LocaleContextHolder.getLocale());
		return new WorkItem("workbench.category.task", title, "/admin/sites/" + attention.channel().siteId() + "/channels",
				attention.freshness().due());
	}
}
