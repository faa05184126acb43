package org.govsite.interaction.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The letter form's challenge, without a third-party service (no ALTCHA library is kept on Maven
 * Central's served list, so this is the same idea in a few lines): the server hands out a random
 * challenge; the browser finds a number whose SHA-256 with it starts with the required zero bits
 * (a second or two of work); the server checks it with one hash. A challenge is good for ten
 * minutes and once only (per node: a public node remembers the ones it took).
 */
@Component
public class ProofOfWork {

	static final Duration VALID = Duration.ofMinutes(10);

	private final SecureRandom random = new SecureRandom();

	private final Map<String, Instant> issued = new ConcurrentHashMap<>();

	private final int bits;

	private final Clock clock;

	ProofOfWork(InteractionProperties properties, Clock clock) {
		this.bits = properties.challengeBits();
		this.clock = clock;
	}

	/** A challenge to solve, and how hard. */
	public record Challenge(String challenge, int bits) {
	}

	public Challenge issue() {
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		String challenge = HexFormat.of().formatHex(bytes);
		issued.put(challenge, clock.instant().plus(VALID));
		return new Challenge(challenge, bits);
	}

	/** Whether the solution is right for a challenge this node issued and no one used yet; it is used up now. */
	public boolean take(String challenge, String solution) {
		Instant until = issued.get(challenge);
		if (until == null || clock.instant().isAfter(until) || !solves(challenge, solution, bits)) {
			return false;
		}
		return issued.remove(challenge) != null;
	}

	static boolean solves(String challenge, String solution, int bits) {
		if (solution.length() > 20) {
			return false;
		}
		byte[] hash = sha256(challenge + solution);
		for (int i = 0; i < bits; i++) {
			if ((hash[i / 8] & (0x80 >>> (i % 8))) != 0) {
				return false;
			}
		}
		return true;
	}

	/** What the browser does; for tests and the benchmark. */
	public static String solve(Challenge challenge) {
		for (long n = 0;; n++) {
			if (solves(challenge.challenge(), Long.toString(n), challenge.bits())) {
				return Long.toString(n);
			}
		}
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	@Scheduled(fixedDelayString = "5m")
	void forgetExpired() {
		Instant now = clock.instant();
		issued.values().removeIf(until -> now.isAfter(until));
	}
}
