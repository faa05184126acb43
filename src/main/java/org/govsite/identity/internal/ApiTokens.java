package org.govsite.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.govsite.identity.ApiTokenView;
import org.govsite.identity.IssuedToken;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * API tokens: random, shown once, stored only as their SHA-256 (a token has 256 bits of entropy,
 * so a fast hash is enough and lets each request be checked by one indexed lookup).
 */
@Repository
class ApiTokens {

	static final String PREFIX = "gst_";

	private final JdbcClient jdbc;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates a token and returns it in clear: the only time it exists outside its holder's hands. */
	IssuedToken issue(long accountId, String name, @Nullable Instant expiresAt, Instant now) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		long id = jdbc.sql("""
				insert into api_token (staff_account, name, token_hash, prefix, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(accountId, name, hash(token), token.substring(0, 10), Timestamp.from(now),
					expiresAt == null ? null : Timestamp.from(expiresAt))
			.query(Long.class)
			.single();
		return new IssuedToken(id, token);
	}

	/** The account holding this token, if it is valid now and was created after the given time; records the use. */
	Optional<Long> holder(String token, Instant now, Instant createdAfter) {
		Optional<Long> account = jdbc.sql("""
				update api_token set last_used_at = ?
				where token_hash = ? and revoked_at is null and (expires_at is null or expires_at > ?) and created_at > ?
				returning staff_account""")
			.params(Timestamp.from(now), hash(token), Timestamp.from(now), Timestamp.from(createdAfter))
			.query(Long.class)
			.optional();
		return account;
	}

	List<ApiTokenView> of(long accountId) {
		return jdbc.sql("""
				select id, name, prefix, created_at, expires_at, last_used_at, revoked_at
				from api_token where staff_account = ? order by created_at desc""")
			.param(accountId)
			.query((rs, row) -> new ApiTokenView(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)),
					instant(rs.getTimestamp(7))))
			.list();
	}

	Optional<Long> holderOfTokenId(long tokenId) {
		return jdbc.sql("select staff_account from api_token where id = ?").param(tokenId).query(Long.class).optional();
	}

	boolean revoke(long tokenId, String by, Instant now) {
		return jdbc.sql("update api_token set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null")
			.params(Timestamp.from(now), by, tokenId)
			.update() > 0;
	}

	int revokeAll(long accountId, String by, Instant now) {
		return jdbc.sql("update api_token set revoked_at = ?, revoked_by = ? where staff_account = ? and revoked_at is null")
			.params(Timestamp.from(now), by, accountId)
			.update();
	}

	static String hash(String token) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
