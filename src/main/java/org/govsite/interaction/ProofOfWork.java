package org.govsite.interaction;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.govsite.interaction.internal.InteractionProperties;
import org.govsite.interaction.internal.SpentChallenges;
import org.govsite.platform.PlatformKeys;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The letter form's challenge, without a third-party service (no ALTCHA library is kept on Maven
 * Central's served list, so this is the same idea in a few lines): the server hands out a random
 * challenge that carries its expiry and an HMAC over both, so that any public node sharing the key
 * ({@code govsite.keys.letter-challenge}) can check it without having issued it; the browser finds
 * a number whose SHA-256 with the challenge starts with the required zero bits (a second or two of
 * work); the server checks it with one hash. A challenge is good for ten minutes and once only:
 * on each node, or with {@code govsite.cluster.enabled} once for all nodes ({@link SpentChallenges}).
 */
@Component
public class ProofOfWork {

	static final Duration VALID = Duration.ofMinutes(10);

	private final SecureRandom random = new SecureRandom();

	private final SpentChallenges taken;

	private final int bits;

	private final byte[] key;

	private final Clock clock;

	@org.springframework.beans.factory.annotation.Autowired
	ProofOfWork(InteractionProperties properties, PlatformKeys keys, Clock clock, SpentChallenges taken) {
		this(properties.challengeBits(), keys.key("letter-challenge", 32), clock, taken);
	}

	ProofOfWork(int bits, byte[] key, Clock clock) {
		this(bits, key, clock, SpentChallenges.perNode());
	}

	ProofOfWork(int bits, byte[] key, Clock clock, SpentChallenges taken) {
		this.taken = taken;
		this.bits = bits;
		this.key = key.clone();
		this.clock = clock;
	}

	/** A challenge to solve, and how hard. */
	public record Challenge(String challenge, int bits) {
	}

	public Challenge issue() {
		byte[] bytes = new byte[12];
		random.nextBytes(bytes);
		String body = clock.instant().plus(VALID).getEpochSecond() + "." + HexFormat.of().formatHex(bytes);
		return new Challenge(body + "." + signature(body), bits);
	}

	/** Whether the solution is right for a challenge signed here, unexpired and not taken before; it is taken now. */
	public boolean take(String challenge, String solution) {
		String[] parts = challenge.split("\\.");
		if (parts.length != 3 || !parts[0].matches("\\d{1,12}") || !MessageDigest.isEqual(
				signature(parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII))) {
			return false;
		}
		Instant until = Instant.ofEpochSecond(Long.parseLong(parts[0]));
		if (clock.instant().isAfter(until) || !solves(challenge, solution, bits)) {
			return false;
		}
		return taken.spend(challenge, until);
	}

	static boolean solves(String challenge, String solution, int bits) {
		if (solution.isEmpty() || solution.length() > 20) {
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

	private String signature(String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	@Scheduled(fixedDelayString = "5m")
	void forgetExpired() {
		taken.forgetExpired(clock.instant());
	}
}
