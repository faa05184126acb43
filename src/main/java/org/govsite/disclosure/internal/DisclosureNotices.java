package org.govsite.disclosure.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.govsite.disclosure.ReceiptChannel;
import org.govsite.identity.StaffRole;
import org.govsite.notification.NotificationKind;
import org.govsite.notification.NotificationKinds;
import org.govsite.notification.Notifications;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The staff messages of 依申请公开: each new application tells the people who handle the site's
 * applications (its 信件办理员 and 站点管理员), so that the 20-wd clock is not found running late.
 * The message names the application's number and channel, never the applicant: it may go by email.
 */
@Component
public class DisclosureNotices {

	/** A new application arrived (online, or entered by a colleague from another channel). */
	static final NotificationKind APPLICATION_RECEIVED = kind("APPLICATION_RECEIVED");

	private static NotificationKind kind(String name) {
		return new NotificationKind("disclosure." + name, "disclosure.notificationKind." + name);
	}

	@Component
	static class Kinds implements NotificationKinds {

		@Override
		public List<NotificationKind> kinds() {
			return List.of(APPLICATION_RECEIVED);
		}
	}

	private final Notifications notifications;

	private final MessageSource messages;

	DisclosureNotices(Notifications notifications, MessageSource messages) {
		this.notifications = notifications;
		this.messages = messages;
	}

	/** Tells the site's handlers of a new application; whoever entered it is not told of it again. */
	public void received(long siteId, String siteName, long requestId, String number, ReceiptChannel channel,
			LocalDate dueOn, @Nullable String enteredBy) {
		Locale chinese = Locale.SIMPLIFIED_CHINESE;
		String text = messages.getMessage("disclosure.notice.APPLICATION_RECEIVED", new Object[] { siteName, number,
				messages.getMessage("disclosure.channel." + channel.name(), null, chinese), dueOn.toString() }, chinese);
		notifications.notify(List.of(StaffRole.LETTER_HANDLER.forSite(siteId), StaffRole.SITE_MANAGER.forSite(siteId)),
				enteredBy == null ? List.of() : List.of(enteredBy), APPLICATION_RECEIVED, text, "/admin/disclosure/" + requestId);
	}
}
