package org.govsite.content.internal;

import java.util.Set;
import java.util.TreeSet;

import org.govsite.channel.ChannelFreshness;
import org.govsite.channel.ChannelUpdateWarning;
import org.govsite.identity.StaffRole;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Puts the channel watch's warnings in the staff inbox (the channel module cannot reach it: the
 * content module depends on channels, not the other way round): the responsible person is told
 * before the rule breaks, the site's managers too once it has.
 */
@Component
class ChannelWarnings {

	private final Notifier notifier;

	private final MessageSource messages;

	ChannelWarnings(Notifier notifier, MessageSource messages) {
		this.notifier = notifier;
		this.messages = messages;
	}

	@EventListener
	void on(ChannelUpdateWarning warning) {
		Set<String> recipients = new TreeSet<>();
		if (warning.responsibleAccount() != null) {
			recipients.add(warning.responsibleAccount());
		}
		if (warning.state() != ChannelFreshness.State.DUE_SOON) {
			recipients.add(StaffRole.SITE_MANAGER.forSite(warning.siteId()));
		}
		if (recipients.isEmpty()) {
			return;
		}
		String what = messages.getMessage(new DefaultMessageSourceResolvable(
				new String[] { "content.channelWarning." + warning.state().name() },
				new Object[] { String.valueOf(warning.due()) }), LocaleContextHolder.getLocale());
		notifier.tell(recipients, Notice.CHANNEL_UPDATE_DUE,
				"/admin/sites/" + warning.siteId() + "/channels", warning.channelName(), what);
	}
}
