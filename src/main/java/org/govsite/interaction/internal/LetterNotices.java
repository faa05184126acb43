package org.govsite.interaction.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.govsite.identity.StaffRole;
import org.govsite.interaction.MailboxView;
import org.govsite.notification.NotificationKind;
import org.govsite.notification.NotificationKinds;
import org.govsite.notification.Notifications;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The staff messages of letters: to the handlers of the site that must act (and by email to those
 * who take it so, as every kind of message), never naming the writer.
 */
@Component
public class LetterNotices {

	/** The kinds of message, on every user's 消息设置. */
	enum Kind {

		LETTER_RECEIVED, LETTER_ASSIGNED, REPLY_WAITING, REPLY_SENT_BACK, EXTENSION_WAITING, LETTER_REOPENED, LETTER_OVERDUE;

		NotificationKind kind() {
			// the 工作台 lists waiting letters itself: messages do not repeat them there
			return new NotificationKind("interaction." + name(), "interaction.notificationKind." + name(), true, false);
		}
	}

	@Component
	static class Kinds implements NotificationKinds {

		@Override
		public List<NotificationKind> kinds() {
			return Arrays.stream(Kind.values()).map(Kind::kind).toList();
		}
	}

	private final Notifications notifications;

	private final MessageSource messages;

	LetterNotices(Notifications notifications, MessageSource messages) {
		this.notifications = notifications;
		this.messages = messages;
	}

	public void received(MailboxView mailbox, long letterId, String subject) {
		send(handlers(mailbox.siteId()), Set.of(), Kind.LETTER_RECEIVED, letterId, mailbox.name(), subject);
	}

	public void assigned(long siteId, long letterId, String subject) {
		send(handlers(siteId), Set.of(), Kind.LETTER_ASSIGNED, letterId, subject);
	}

	public void replyWaiting(long siteId, long letterId, String subject, String writer) {
		send(handlers(siteId), Set.of(writer), Kind.REPLY_WAITING, letterId, subject);
	}

	public void replySentBack(String writer, long letterId, String subject) {
		send(List.of(writer), Set.of(), Kind.REPLY_SENT_BACK, letterId, subject);
	}

	public void extensionWaiting(long siteId, long letterId, String subject, String requester) {
		send(List.of(StaffRole.SITE_MANAGER.forSite(siteId)), Set.of(requester), Kind.EXTENSION_WAITING, letterId, subject);
	}

	public void reopened(long siteId, long letterId, String subject) {
		send(handlers(siteId), Set.of(), Kind.LETTER_REOPENED, letterId, subject);
	}

	public void overdue(long siteId, long letterId, String subject) {
		List<String> recipients = new java.util.ArrayList<>(handlers(siteId));
		recipients.add(StaffRole.SITE_MANAGER.forSite(siteId));
		send(recipients, Set.of(), Kind.LETTER_OVERDUE, letterId, subject);
	}

	private static List<String> handlers(long siteId) {
		return List.of(StaffRole.LETTER_HANDLER.forSite(siteId));
	}

	private void send(List<String> recipients, Set<String> notFor, Kind kind, long letterId, Object... arguments) {
		String text = messages.getMessage("interaction.notice." + kind.name(), arguments, LocaleContextHolder.getLocale());
		notifications.notify(recipients, notFor, kind.kind(), text, "/admin/letters/" + letterId);
	}
}
