package org.govsite.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed password sign-ins per name typed and source address, kept in the database so that every
 * admin node sees them. Whether the name belongs to an account plays no part.
 */
@Component
@Transactional
public class SignInThrottle {

	private final JdbcClient jdbc;

	private final SecurityPolicyStore policies;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, SecurityPolicyStore policies, Clock clock) {
		this.jdbc = jdbc;
		this.policies = policies;
		this.clock = clock;
	}

	/** Whether this address must wait before it may try this name again. */
	@Transactional(readOnly = true)
	public boolean mustWait(String username, @Nullable String address) {
		Instant now = clock.instant();
		return jdbc.sql("select blocked_until from sign_in_throttle where username = ? and address = ?")
			.params(key(username), address(address))
			.query(Timestamp.class)
			.optional()
			.filter(until -> until != null && until.toInstant().isAfter(now))
			.isPresent();
	}

	/** Counts a failure; returns true when the address must now wait. */
	public boolean failed(String username, @Nullable String address) {
		Instant now = clock.instant();
		Timestamp forgetBefore = Timestamp.from(now.minus(SignInDelays.FORGET_AFTER));
		int failures = jdbc.sql("""
				insert into sign_in_throttle (username, address, failures, last_failure_at) values (?, ?, 1, ?)
				on conflict (username, address) do update set
				    failures = case when sign_in_throttle.last_failure_at < ? then 1 else sign_in_throttle.failures + 1 end,
				    last_failure_at = excluded.last_failure_at
				returning failures""")
			.params(key(username), address(address), Timestamp.from(now), forgetBefore)
			.query(Integer.class)
			.single();
		// names typed once and never again (guesses, typos) do not pile up
		jdbc.sql("delete from sign_in_throttle where last_failure_at < ?").param(forgetBefore).update();
		Duration delay = SignInDelays.after(failures, policies.current());
		if (delay.isZero()) {
			return false;
		}
		jdbc.sql("update sign_in_throttle set blocked_until = ? where username = ? and address = ?")
			.params(Timestamp.from(now.plus(delay)), key(username), address(address))
			.update();
		return true;
	}

	/** The right password from this address: it starts afresh. */
	public void succeeded(String username, @Nullable String address) {
		jdbc.sql("delete from sign_in_throttle where username = ? and address = ?")
			.params(key(username), address(address))
			.update();
	}

	private static String key(String username) {
		String key = username.strip().toLowerCase(Locale.ROOT);
		return key.length() > 200 ? key.substring(0, 200) : key;
	}

	private static String address(@Nullable String address) {
		return address == null ? "" : address.length() > 64 ? address.substring(0, 64) : address;
	}
}
