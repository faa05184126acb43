package org.govsite.content.internal;

import java.util.Collection;

import org.govsite.notification.Notifications;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Tells staff what waits for them and what became of their documents, through the notification
 * module: to a user (by username) or to everyone holding an authority ({@code site:12:REVIEWER}).
 */
@Component
public class Notifier {

	private final Notifications notifications;

	private final MessageSource messages;

	Notifier(Notifications notifications, MessageSource messages) {
		this.notifications = notifications;
		this.messages = messages;
	}

	/** Tells the recipients; the text is {@code content.notification.<notice>} with the arguments. */
	public void tell(Collection<String> recipients, Notice notice, String link, Object... arguments) {
		String text = messages.getMessage("content.notification." + notice.name(), arguments, LocaleContextHolder.getLocale());
		notifications.notify(recipients, notice.kind(), text, link);
	}

	/**
	 * The same, hidden from the given users although they hold a role it is sent to: work that they
	 * may not do (a level after the one they passed, a review of their own document) is not shown to
	 * them as theirs.
	 */
	public void tell(Collection<String> recipients, Collection<String> notFor, Notice notice, String link,
			Object... arguments) {
		String text = messages.getMessage("content.notification." + notice.name(), arguments, LocaleContextHolder.getLocale());
		notifications.notify(recipients, notFor, notice.kind(), text, link);
	}
}
