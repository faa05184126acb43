package org.govsite.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The security administrator's policy (SPEC.md §12 gives the defaults).
 *
 * @param passwordMaxAgeDays a password must be changed after this many days
 * @param passwordHistorySize how many previous passwords may not be used again
 * @param maxFailedAttempts wrong passwords for one name from one address before that address must
 *        wait (growing delays); wrong second-factor codes in a row that lock the account
 * @param lockoutMinutes the longest such wait, and how long a locked account stays locked
 * @param idleTimeoutMinutes an idle session ends after this many minutes
 * @param totpRoles roles besides the three administrators that must use a second factor
 * @param apiTokenMaxDays the longest an API token may live, from its creation
 * @param administratorTokens whether the three administrators may use API tokens at all (a token
 *        side-steps their second factor, so not unless the policy says so)
 * @param separatedRoles pairs of site roles that one account may not hold over overlapping scopes
 */
public record SecurityPolicy(int passwordMaxAgeDays, int passwordHistorySize, int maxFailedAttempts,
		int lockoutMinutes, int idleTimeoutMinutes, Set<StaffRole> totpRoles, int apiTokenMaxDays,
		boolean administratorTokens, Set<RolePair> separatedRoles) {

	public static final int DEFAULT_API_TOKEN_MAX_DAYS = 90;

	public static final SecurityPolicy DEFAULTS = new SecurityPolicy(90, 5, 5, 15, 30, Set.of());

	public SecurityPolicy {
		totpRoles = totpRoles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(totpRoles));
		separatedRoles = Set.copyOf(separatedRoles);
	}

	/** The policy with the token and role-pair rules at their defaults. */
	public SecurityPolicy(int passwordMaxAgeDays, int passwordHistorySize, int maxFailedAttempts, int lockoutMinutes,
			int idleTimeoutMinutes, Set<StaffRole> totpRoles) {
		this(passwordMaxAgeDays, passwordHistorySize, maxFailedAttempts, lockoutMinutes, idleTimeoutMinutes, totpRoles,
				DEFAULT_API_TOKEN_MAX_DAYS, false, Set.of(RolePair.EDITOR_REVIEWER));
	}

	/** Whether an account holding these roles must sign in with a second factor. */
	public boolean requiresSecondFactor(Set<StaffRole> roles) {
		return roles.stream().anyMatch(role -> role.isAdministrator() || totpRoles.contains(role));
	}

	public Duration lockout() {
		return Duration.ofMinutes(lockoutMinutes);
	}

	public Duration passwordMaxAge() {
		return Duration.ofDays(passwordMaxAgeDays);
	}

	public Duration apiTokenMaxLifetime() {
		return Duration.ofDays(apiTokenMaxDays);
	}

	/** Whether one account may hold both roles over overlapping scopes. */
	public boolean mayCombine(StaffRole one, StaffRole other) {
		return separatedRoles.stream().noneMatch(pair -> pair.joins(one, other));
	}

	/**
	 * What differs from an earlier policy, field by field as {@code name: before → after}, for the
	 * audit record; empty when nothing changed.
	 */
	public String changesFrom(SecurityPolicy before) {
		List<String> changes = new ArrayList<>();
		change(changes, "passwordMaxAgeDays", before.passwordMaxAgeDays, passwordMaxAgeDays);
		change(changes, "passwordHistorySize", before.passwordHistorySize, passwordHistorySize);
		change(changes, "maxFailedAttempts", before.maxFailedAttempts, maxFailedAttempts);
		change(changes, "lockoutMinutes", before.lockoutMinutes, lockoutMinutes);
		change(changes, "idleTimeoutMinutes", before.idleTimeoutMinutes, idleTimeoutMinutes);
		change(changes, "totpRoles", sorted(before.totpRoles), sorted(totpRoles));
		change(changes, "apiTokenMaxDays", before.apiTokenMaxDays, apiTokenMaxDays);
		change(changes, "administratorTokens", before.administratorTokens, administratorTokens);
		change(changes, "separatedRoles", sorted(before.separatedRoles), sorted(separatedRoles));
		return String.join("; ", changes);
	}

	private static void change(List<String> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(field + ": " + before + " → " + after);
		}
	}

	private static Set<String> sorted(Set<?> values) {
		Set<String> names = new TreeSet<>();
		values.forEach(value -> names.add(value.toString()));
		return names;
	}
}
