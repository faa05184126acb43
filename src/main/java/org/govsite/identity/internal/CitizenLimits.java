package org.govsite.identity.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How often the public may register and sign in: registrations per client address an hour,
 * sign-in attempts per address and per email (its digest) in ten minutes, so that neither a
 * flood of accounts nor guessing a citizen's password pays.
 */
@Component
public class CitizenLimits {

	private final Map<String, Bucket> registrations = new ConcurrentHashMap<>();

	private final Map<String, Bucket> signIns = new ConcurrentHashMap<>();

	private final int perHour;

	private final int perTenMinutes;

	CitizenLimits(CitizenProperties properties) {
		this.perHour = properties.registrationsPerHour();
		this.perTenMinutes = properties.signInsPerTenMinutes();
	}

	public boolean tryRegistration(String address) {
		return registrations.computeIfAbsent(address, key -> bucket(perHour, Duration.ofHours(1))).tryConsume(1);
	}

	/** One attempt, counted both for the address and for the email typed. */
	public boolean trySignIn(String address, String emailDigest) {
		Bucket byAddress = signIns.computeIfAbsent("address:" + address, key -> bucket(perTenMinutes, Duration.ofMinutes(10)));
		Bucket byEmail = signIns.computeIfAbsent("email:" + emailDigest, key -> bucket(perTenMinutes, Duration.ofMinutes(10)));
		return byAddress.tryConsume(1) & byEmail.tryConsume(1);
	}

	private static Bucket bucket(int capacity, Duration period) {
		return Bucket.builder().addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build()).build();
	}

	@Scheduled(fixedDelayString = "10m")
	void forgetFull() {
		registrations.values().removeIf(bucket -> bucket.getAvailableTokens() >= perHour);
		signIns.values().removeIf(bucket -> bucket.getAvailableTokens() >= perTenMinutes);
	}
}
