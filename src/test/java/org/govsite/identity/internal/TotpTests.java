package org.govsite.identity.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.OptionalLong;

import org.govsite.test.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTests {

	private final TestClock clock = new TestClock();

	private final Totp totp = new Totp(clock);

	private final String secret = totp.newSecret();

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
