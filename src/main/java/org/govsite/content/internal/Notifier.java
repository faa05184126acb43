package org.govsite.content.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
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
		String text = messages.getMessage("content.notification." + kind.name(), arguments, LocaleContextHolder.getLocale());
		Set<String> unique = new TreeSet<>(recipients);
		for (String recipient : unique) {
			jdbc.sql("""
					insert into content_notification (recipient, document_id, kind, text, link, created_at)
					values (?, ?, ?, ?, ?, ?)""")
				.params(recipient, documentId, kind.name(), text, link, Timestamp.from(clock.instant()))
				.update();
		}
		mail.afterCommit(unique, text, link);
	}

	/** The newest messages for the user or any of their authorities. */
	public List<NotificationView> inbox(String username, Collection<String> authorities, int limit) {
		return jdbc.sql("""
				select id, document_id, kind, text, link, created_at, read_at from content_notification
				where recipient = any(?) order by created_at desc, id desc limit ?""")
			.params(recipients(username, authorities), limit)
			.query((rs, n) -> new NotificationView(rs.getLong("id"), CatalogQueries.nullableLong(rs, "document_id"),
					NotificationKind.valueOf(rs.getString("kind")), rs.getString("text"), rs.getString("link"),
					ContentStore.instant(rs, "created_at"), rs.getTimestamp("read_at") != null))
			.list();
	}

	public int unread(String username, Collection<String> authorities) {
		return jdbc.sql("select count(*) from content_notification where recipient = any(?) and read_at is null")
			.param(recipients(username, authorities))
			.query(Integer.class)
			.single();
	}

	public void markRead(long id, String username, Collection<String> authorities) {
		jdbc.sql("update content_notification set read_at = ? where id = ? and recipient = any(?) and read_at is null")
			.params(Timestamp.from(clock.instant()), id, recipients(username, authorities))
			.update();
	}

	private static String[] recipients(String username, Collection<String> authorities) {
		Set<String> all = new TreeSet<>(authorities);
		all.add(username);
		return all.toArray(String[]::new);
	}
}
