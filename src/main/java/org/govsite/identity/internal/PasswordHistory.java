package org.govsite.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The hashes of an account's previous passwords, so that the last few are not used again. */
@Repository
class PasswordHistory {

	private final JdbcClient jdbc;

	PasswordHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<String> latest(long accountId, int count) {
		return jdbc.sql("select password_hash from password_history where staff_account = ? order by changed_at desc limit ?")
			.params(accountId, count)
			.query(String.class)
			.list();
	}

	void add(long accountId, String hash, Instant at) {
		jdbc.sql("insert into password_history (staff_account, password_hash, changed_at) values (?, ?, ?)")
			.params(accountId, hash, Timestamp.from(at))
			.update();
	}
}
