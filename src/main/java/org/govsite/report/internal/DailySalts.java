package org.govsite.report.internal;

import java.security.SecureRandom;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The salt of each day, drawn by whichever node needs it first and shared through the database, so
 * that every public node hashes a visitor alike. Deleted once its day is over ({@link VisitStore#prune}).
 */
@Component
public class DailySalts {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private volatile Salt current = new Salt(LocalDate.MIN, new byte[0]);

	private record Salt(LocalDate day, byte[] salt) {
	}

	DailySalts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public byte[] of(LocalDate day) {
		Salt salt = current;
		if (salt.day().equals(day)) {
			return salt.salt();
		}
		synchronized (this) {
			if (current.day().equals(day)) {
				return current.salt();
			}
			byte[] drawn = new byte[32];
			RANDOM.nextBytes(drawn);
			jdbc.sql("insert into report_salt (day, salt) values (:day, :salt) on conflict (day) do nothing")
				.param("day", day)
				.param("salt", drawn)
				.update();
			byte[] kept = jdbc.sql("select salt from report_salt where day = :day").param("day", day).query(byte[].class).single();
			current = new Salt(day, kept);
			return kept;
		}
	}
}
