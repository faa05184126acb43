package org.govsite.channel.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.govsite.channel.ChannelWatch;
import org.govsite.identity.StaffAccess;
import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;
import org.govsite.platform.WorkbenchFigure;
import org.govsite.platform.WorkbenchFigureSource;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * On the 工作台 of whoever watches channels (the system administrator, site managers, responsible
 * persons): the channels near their update limit, and those past it, before the rule breaks.
 */
@Component
@BackOffice
class ChannelFigures implements WorkbenchFigureSource {

	private final ChannelWatch watch;

	private final StaffAccess access;

	private final MessageSource messages;

	ChannelFigures(ChannelWatch watch, StaffAccess access, MessageSource messages) {
		this.watch = watch;
		this.access = access;
		this.messages = messages;
	}

	@Override
	public List<WorkbenchFigure> figuresFor(Authentication user) {
		Set<Long> managed = access.isSystemAdmin() ? null : access.sitesWith(StaffRole.SITE_MANAGER);
		ChannelWatch.NearLimit near = watch.nearLimit(user.getName(), managed);
		if (!near.watching()) {
			return List.of();
		}
		List<WorkbenchFigure.Part> parts = new ArrayList<>();
		if (near.dueSoon() > 0) {
			parts.add(new WorkbenchFigure.Part(label("channel.freshness.DUE_SOON"), near.dueSoon()));
		}
		if (near.overdue() > 0) {
			parts.add(new WorkbenchFigure.Part(label("channel.freshness.OVERDUE"), near.overdue()));
		}
		return List.of(new WorkbenchFigure("channel.figure.nearLimit", "/admin/channels", near.dueSoon() + near.overdue(),
				parts));
	}

	private String label(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
