package org.govsite.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.govsite.notification.Notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored messages: one row per recipient, a username or an authority such as
 * {@code site:12:REVIEWER}. A message to an authority is read by each of its holders on their own
 * ({@code notification_read}), so one holder's reading leaves it unread for the others.
 */
@Component
public class Inbox {

	private final JdbcClient jdbc;

	Inbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Leaves the message for each recipient, hidden from the users named in {@code notFor} although they hold a role it is sent to. */
	public void leave(Set<String> recipients, Set<String> notFor, String kind, String text, String link, Instant at) {
		String[] hidden = notFor.toArray(String[]::new);
		for (String recipient : recipients) {
			jdbc.sql("insert into notification (recipient, kind, text, link, created_at, not_for) values (?, ?, ?, ?, ?, ?)")
				.params(recipient, kind, text, link, Timestamp.from(at), hidden)
				.update();
		}
	}

	/** The newest messages for the user or any of their authorities. */
	public List<Notification> newest(String username, Collection<String> authorities, int limit) {
		return jdbc.sql("""
				select n.id, n.kind, n.text, n.link, n.created_at,
				    exists (select 1 from notification_read r where r.notification_id = n.id and r.username = :me) as read
				from notification n
				where n.recipient = any(:recipients) and not (:me = any(n.not_for))
				order by n.created_at desc, n.id desc limit :limit""")
			.param("me", username)
			.param("recipients", recipients(username, authorities))
			.param("limit", limit)
			.query((rs, n) -> new Notification(rs.getLong("id"), rs.getString("kind"), rs.getString("text"),
					rs.getString("link"), rs.getTimestamp("created_at").toInstant(), rs.getBoolean("read")))
			.list();
	}

	public int unread(String username, Collection<String> authorities) {
		return jdbc.sql("""
				select count(*) from notification n where n.recipient = any(:recipients)
				  and not (:me = any(n.not_for))
				  and not exists (select 1 from notification_read r where r.notification_id = n.id and r.username = :me)""")
			.param("recipients", recipients(username, authorities))
			.param("me", username)
			.query(Integer.class)
			.single();
	}

	/** Marks the message read for the user, if it is theirs, and answers where it leads. */
	public Optional<String> markRead(long id, String username, Collection<String> authorities, Instant at) {
		Optional<String> link = jdbc.sql("select link from notification where id = ? and recipient = any(?) and not (? = any(not_for))")
			.params(id, recipients(username, authorities), username)
			.query(String.class)
			.optional();
		link.ifPresent(found -> jdbc.sql("""
				insert into notification_read (notification_id, username, read_at) values (?, ?, ?)
				on conflict do nothing""")
			.params(id, username, Timestamp.from(at))
			.update());
		return link;
	}

	public void markAllRead(String username, Collection<String> authorities, Instant at) {
		jdbc.sql("""
				insert into notification_read (notification_id, username, read_at)
				select n.id, :me, :now from notification n where n.recipient = any(:recipients)
				  and not (:me = any(n.not_for))
				on conflict do nothing""")
			.param("me", username)
			.param("now", Timestamp.from(at))
			.param("recipients", recipients(username, authorities))
			.update();
	}

	private static String[] recipients(String username, Collection<String> authorities) {
		Set<String> all = new TreeSet<>(authorities);
		all.add(username);
		return all.toArray(String[]::new);
	}
}
