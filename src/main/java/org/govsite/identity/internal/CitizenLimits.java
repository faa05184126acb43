package org.govsite.identity.internal;

import java.time.Duration;

import org.govsite.platform.RateLimit;
import org.govsite.platform.SharedLimits;

import org.springframework.stereotype.Component;

/**
 * How often the public may register and sign in: registrations per client address an hour,
 * sign-in attempts per address and per email (its digest) in ten minutes, so that neither a
 * flood of accounts nor guessing a citizen's password pays. Counted per node, or with
 * {@code govsite.cluster.enabled} for all public nodes together ({@link SharedLimits}).
 */
@Component
public class CitizenLimits {

	private final RateLimit registrations;

	private final RateLimit signInsByAddress;

	private final RateLimit signInsByEmail;

	CitizenLimits(CitizenProperties properties, SharedLimits limits) {
		this.registrations = limits.limit("identity.registration", properties.registrationsPerHour(), Duration.ofHours(1));
		Duration tenMinutes = Duration.ofMinutes(10);
		this.signInsByAddress = limits.limit("identity.sign-in.address", properties.signInsPerTenMinutes(), tenMinutes);
		this.signInsByEmail = limits.limit("identity.sign-in.email", properties.signInsPerTenMinutes(), tenMinutes);
	}

	public boolean tryRegistration(String address) {
		return registrations.tryTake(address);
	}

	/** One attempt, counted both for the address and for the email typed. */
	public boolean trySignIn(String address, String emailDigest) {
		return signInsByAddress.tryTake(address) & signInsByEmail.tryTake(emailDigest);
	}
}
