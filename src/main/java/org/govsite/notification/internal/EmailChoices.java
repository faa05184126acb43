package org.govsite.notification.internal;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What each user chose: for a kind of message, whether it also comes by email. Unchosen kinds keep their default. */
@Component
public class EmailChoices {

	private final JdbcClient jdbc;

	EmailChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The user's choices, by kind code. */
	public Map<String, Boolean> of(String username) {
		return jdbc.sql("select kind, email from notification_preference where username = ?")
			.param(username)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getBoolean(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	public void choose(String username, String kind, boolean email) {
		jdbc.sql("""
				insert into notification_preference (username, kind, email) values (?, ?, ?)
				on conflict (username, kind) do update set email = excluded.email""")
			.params(username, kind, email)
			.update();
	}
}
