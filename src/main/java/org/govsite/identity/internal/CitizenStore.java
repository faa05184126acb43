package org.govsite.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The citizen accounts' rows: email and name sealed by the caller, the email found by its digest. */
@Component
public class CitizenStore {

	/** A row as stored: sealed fields still sealed. */
	public record Row(long id, @Nullable String sealedEmail, @Nullable String emailDigest, boolean emailVerified,
			String sealedName, @Nullable String passwordHash) {
	}

	private final JdbcClient jdbc;

	CitizenStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Row> byEmail(String digest) {
		return jdbc.sql("select * from identity_citizen where email_digest = ?").param(digest).query(CitizenStore::row).optional();
	}

	public Optional<Row> byId(long id) {
		return jdbc.sql("select * from identity_citizen where id = ?").param(id).query(CitizenStore::row).optional();
	}

	public Optional<Row> bySubject(String issuer, String subject) {
		return jdbc.sql("select * from identity_citizen where issuer = ? and subject = ?").params(issuer, subject)
			.query(CitizenStore::row).optional();
	}

	public long insert(@Nullable String sealedEmail, @Nullable String emailDigest, boolean verified, String sealedName,
			@Nullable String passwordHash, @Nullable String issuer, @Nullable String subject, Instant now) {
		return jdbc.sql("""
				insert into identity_citizen (email, email_digest, email_verified, display_name, password_hash, issuer, subject,
				  created_at, verified_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(sealedEmail, emailDigest, verified, sealedName, passwordHash, issuer, subject, Timestamp.from(now),
					verified ? Timestamp.from(now) : null)
			.query(Long.class).single();
	}

	public void verified(long id, Instant now) {
		jdbc.sql("update identity_citizen set email_verified = true, verified_at = ? where id = ?").params(Timestamp.from(now), id)
			.update();
	}

	public void signedIn(long id, Instant now) {
		jdbc.sql("update identity_citizen set signed_in_at = ? where id = ?").params(Timestamp.from(now), id).update();
	}

	public void update(long id, String sealedName, @Nullable String sealedEmail, @Nullable String emailDigest) {
		jdbc.sql("update identity_citizen set display_name = ?, email = ?, email_digest = ?, email_verified = ? where id = ?")
			.params(sealedName, sealedEmail, emailDigest, emailDigest != null, id).update();
	}

	public void verification(String tokenHash, long citizenId, Instant expiresAt) {
		jdbc.sql("insert into identity_citizen_verification (token_hash, citizen_id, expires_at) values (?, ?, ?)")
			.params(tokenHash, citizenId, Timestamp.from(expiresAt)).update();
	}

	/** Takes a verification link once: the account it verifies, if it is known and still valid. */
	public Optional<Long> takeVerification(String tokenHash, Instant now) {
		return jdbc.sql("delete from identity_citizen_verification where token_hash = ? returning citizen_id, expires_at")
			.param(tokenHash)
			.query((rs, n) -> rs.getTimestamp("expires_at").toInstant().isAfter(now) ? rs.getLong("citizen_id") : null)
			.optional();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("email"), rs.getString("email_digest"), rs.getBoolean("email_verified"),
				rs.getString("display_name"), rs.getString("password_hash"));
	}
}
