package org.govsite.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.OptionalLong;

import org.govsite.test.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTests {

	private final TestClock clock = new TestClock();

	private final Totp totp = new Totp(clock);

	private final String secret = totp.newSecret();

	/** RFC 6238's own key for SHA-1 (ASCII "12345678901234567890"), in the base32 apps are given. */
	private static final String RFC_6238_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

	/**
	 * RFC 6238, Appendix B, the SHA-1 rows (published with 8 digits; a 6-digit code is their last
	 * six): the codes must be the ones every authenticator app computes, not merely the library's.
	 */
	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void computesRfc6238sTestVectors(long unixSeconds, String published) {
		clock.setTo(LocalDateTime.ofInstant(Instant.ofEpochSecond(unixSeconds), TestClock.CHINA));
		String expected = published.substring(published.length() - 6);

		assertThat(totp.currentCode(RFC_6238_SECRET)).isEqualTo(expected);
		assertThat(totp.accept(RFC_6238_SECRET, expected, null)).hasValue(unixSeconds / Totp.PERIOD_SECONDS);
	}

	@Test
	void acceptsTheCurrentCodeOnceOnly() {
		clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0, 5));
		String code = totp.currentCode(secret);
		OptionalLong step = totp.accept(secret, code, null);
		assertThat(step).isPresent();
		assertThat(totp.accept(secret, code, step.getAsLong())).as("the same code again").isEmpty();
	}

	@Test
	void toleratesOneStepOfClockDriftButNoMore() {
		clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0, 5));
		String code = totp.currentCode(secret);
		clock.advance(Duration.ofSeconds(30));
		assertThat(totp.accept(secret, code, null)).isPresent();
		clock.advance(Duration.ofSeconds(30));
		assertThat(totp.accept(secret, code, null)).isEmpty();
	}

	@Test
	void refusesWrongOrMalformedCodes() {
		clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0, 5));
		String code = totp.currentCode(secret);
		String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
		assertThat(totp.accept(secret, wrong, null)).isEmpty();
		assertThat(totp.accept(secret, "12345", null)).isEmpty();
		assertThat(totp.accept(secret, "abcdef", null)).isEmpty();
		assertThat(totp.accept(secret, code.substring(0, 3) + " " + code.substring(3), null)).as("spaces are ignored").isPresent();
	}

	@Test
	void aSecretFromAnotherAccountDoesNotWork() {
		clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0, 5));
		assertThat(totp.accept(totp.newSecret(), totp.currentCode(secret), null)).isEmpty();
	}

	@Test
	void drawsAQrCodeForAuthenticatorApps() {
		assertThat(totp.qrCode("sysadmin", secret)).startsWith("data:image/png;base64,");
	}
}
