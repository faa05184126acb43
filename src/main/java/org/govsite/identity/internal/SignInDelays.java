package org.govsite.identity.internal;

import java.time.Duration;

import org.govsite.identity.SecurityPolicy;

/**
 * How long a source address waits after failed sign-ins for one name: nothing for the first
 * {@code maxFailedAttempts - 1}; then one minute, doubling with each further failure, up to the
 * policy's {@code lockoutMinutes}. Guessing stays slow, and nobody can lock a holder out by typing
 * their name from elsewhere.
 */
final class SignInDelays {

	/** After a day without failures a name and address start afresh. */
	static final Duration FORGET_AFTER = Duration.ofDays(1);

	private SignInDelays() {
	}

	static Duration after(int failures, SecurityPolicy policy) {
		int beyond = failures - policy.maxFailedAttempts();
		if (beyond < 0) {
			return Duration.ZERO;
		}
		long minutes = beyond >= 20 ? Long.MAX_VALUE : 1L << beyond;
		return Duration.ofMinutes(Math.min(minutes, policy.lockoutMinutes()));
	}
}
