package org.govsite.identity;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

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
 */
public record SecurityPolicy(int passwordMaxAgeDays, int passwordHistorySize, int maxFailedAttempts,
		int lockoutMinutes, int idleTimeoutMinutes, Set<StaffRole> totpRoles) {

	public static final SecurityPolicy DEFAULTS = new SecurityPolicy(90, 5, 5, 15, 30, Set.of());

	public SecurityPolicy {
		totpRoles = totpRoles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(totpRoles));
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
}
