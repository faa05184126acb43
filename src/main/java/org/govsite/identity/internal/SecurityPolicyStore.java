package org.govsite.identity.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.govsite.identity.RolePair;
import org.govsite.identity.SecurityPolicy;
import org.govsite.identity.StaffRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one row of the security policy. */
@Repository
class SecurityPolicyStore {

	private final JdbcClient jdbc;

	SecurityPolicyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	SecurityPolicy current() {
		return jdbc.sql("""
				select password_max_age_days, password_history_size, max_failed_attempts, lockout_minutes,
				       idle_timeout_minutes, totp_roles, api_token_max_days, administrator_tokens, separated_role_pairs
				from security_policy where id = 1""")
			.query((rs, row) -> new SecurityPolicy(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
					roles(rs.getString(6)), rs.getInt(7), rs.getBoolean(8), pairs(rs.getString(9))))
			.optional()
			.orElse(SecurityPolicy.DEFAULTS);
	}

	void save(SecurityPolicy policy, String by, Instant at) {
		jdbc.sql("""
				update security_policy set password_max_age_days = ?, password_history_size = ?, max_failed_attempts = ?,
				       lockout_minutes = ?, idle_timeout_minutes = ?, totp_roles = ?, api_token_max_days = ?,
				       administrator_tokens = ?, separated_role_pairs = ?, updated_at = ?, updated_by = ?
				where id = 1""")
			.params(policy.passwordMaxAgeDays(), policy.passwordHistorySize(), policy.maxFailedAttempts(),
					policy.lockoutMinutes(), policy.idleTimeoutMinutes(),
					policy.totpRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
					policy.apiTokenMaxDays(), policy.administratorTokens(),
					policy.separatedRoles().stream().map(RolePair::code).sorted().collect(Collectors.joining(",")),
					java.sql.Timestamp.from(at), by)
			.update();
	}

	private static Set<RolePair> pairs(String stored) {
		if (stored == null || stored.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(stored.split(",")).map(RolePair::parse).collect(Collectors.toSet());
	}

	private static Set<StaffRole> roles(String stored) {
		if (stored == null || stored.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(stored.split(","))
			.map(String::trim)
			.map(StaffRole::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class)));
	}
}
