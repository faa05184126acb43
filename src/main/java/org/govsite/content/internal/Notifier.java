package org.govsite.content.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.govsite.content.NotificationView;
import org.govsite.content.NotificationView.NotificationKind;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells staff what waits for them and what became of their documents: a message in the console's
 * inbox for a user (by username) or for everyone holding an authority ({@code site:12:REVIEWER}),
 * and an email after the change is committed where mail is configured ({@link MailOut}).
 */
@Component
public class Notifier {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final MailOut mail;

	private final Clock clock;

	Notifier(JdbcClient jdbc, MessageSource messages, MailOut mail, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.mail = mail;
		this.clock = clock;
	}

	/** Leaves the message for each recipient; its text is {@code content.notification.<kind>} with the arguments. */
	public void tell(Collection<String> recipients, @Nullable Long documentId, NotificationKind kind, String link,
			Object... arguments) {
		tell(recipients, Set.of(), documentId, kind, link, arguments);
	}

	/**
	 * The same, hidden from the given users although they hold a role it is sent to: work that
	 * they may not do (a level after the one they passed, a review of their own document) is not
	 * shown to them as theirs.
	 */
	public void tell(Collection<String> recipients, Collection<String> notFor, @Nullable Long documentId,
			NotificationKind kind, String link, Object... arguments) {
		String text = messages.getMessage("content.notification." + kind.name(), arguments, LocaleContextHolder.getLocale());
		Set<String> unique = new TreeSet<>(recipients);
		unique.removeAll(notFor);
		String[] hidden = new TreeSet<>(notFor).toArray(String[]::new);
		for (String recipient : unique) {
			jdbc.sql("""
					insert into content_notification (recipient, document_id, kind, text, link, created_at, not_for)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(recipient, documentId, kind.name(), text, link, Timestamp.from(clock.instant()), hidden)
				.update();
		}
		mail.afterCommit(unique, text, link);
	}

	/**
	 * The newest messages for the user or any of their authorities. A message to a role is read by
	 * each of its holders on their own ({@code content_notification_read}).
	 */
	public List<NotificationView> inbox(String username, Collection<String> authorities, int limit) {
		return jdbc.sql("""
				select n.id, n.document_id, n.kind, n.text, n.link, n.created_at,
				    exists (select 1 from content_notification_read r where r.notification_id = n.id and r.username = :me) as read
				from content_notification n
				where n.recipient = any(:recipients) and not (:me = any(n.not_for))
				order by n.created_at desc, n.id desc limit :limit""")
			.param("me", username)
			.param("recipients", recipients(username, authorities))
			.param("limit", limit)
			.query((rs, n) -> new NotificationView(rs.getLong("id"), CatalogQueries.nullableLong(rs, "document_id"),
					NotificationKind.valueOf(rs.getString("kind")), rs.getString("text"), rs.getString("link"),
					Objects.requireNonNull(ContentStore.instant(rs, "created_at")), rs.getBoolean("read")))
			.list();
	}

	public int unread(String username, Collection<String> authorities) {
		return jdbc.sql("""
				select count(*) from content_notification n where n.recipient = any(:recipients)
				  and not (:me = any(n.not_for))
				  and not exists (select 1 from content_notification_read r where r.notification_id = n.id and r.username = :me)""")
			.param("recipients", recipients(username, authorities))
			.param("me", username)
			.query(Integer.class)
			.single();
	}

	/**
	 * Marks the message read for the user, if it is theirs (to them or to a role they hold).
	 *
	 * @return where the message leads, when it is theirs
	 */
	public Optional<String> markRead(long id, String username, Collection<String> authorities) {
		Optional<String> link = jdbc.sql("""
				select link from content_notification where id = ? and recipient = any(?) and not (? = any(not_for))""")
			.params(id, recipients(username, authorities), username)
			.query(String.class)
			.optional();
		link.ifPresent(found -> jdbc.sql("""
				insert into content_notification_read (notification_id, username, read_at) values (?, ?, ?)
				on conflict do nothing""")
			.params(id, username, Timestamp.from(clock.instant()))
			.update());
		return link;
	}

	/** Marks every message of the user read. */
	public void markAllRead(String username, Collection<String> authorities) {
		jdbc.sql("""
				insert into content_notification_read (notification_id, username, read_at)
				select n.id, :me, :now from content_notification n where n.recipient = any(:recipients)
				  and not (:me = any(n.not_for))
				on conflict do nothing""")
			.param("me", username)
			.param("now", Timestamp.from(clock.instant()))
			.param("recipients", recipients(username, authorities))
			.update();
	}

	private static String[] recipients(String username, Collection<String> authorities) {
		Set<String> all = new TreeSet<>(authorities);
		all.add(username);
		return all.toArray(String[]::new);
	}
}
