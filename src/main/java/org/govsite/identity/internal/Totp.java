package org.govsite.identity.internal;

import java.time.Clock;
import java.util.OptionalLong;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 s), as every authenticator app
 * shows them. Codes come from the library; this class adds the clock, a window of one step either
 * side for clock drift, and refuses a step already used, so an overheard code cannot be replayed.
 */
@Component
class Totp {

	static final int PERIOD_SECONDS = 30;

	private static final int DIGITS = 6;

	private static final String ISSUER = "GovSite";

	private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

	private final Clock clock;

	Totp(Clock clock) {
		this.clock = clock;
	}

	String newSecret() {
		return new DefaultSecretGenerator(32).generate();
	}

	/**
	 * The time step the code belongs to, if it is valid now and newer than the last step used.
	 */
	OptionalLong accept(String secret, String code, @Nullable Long lastStep) {
		String digits = code.replaceAll("\\s", "");
		if (!digits.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		long now = currentStep();
		for (long step = now - 1; step <= now + 1; step++) {
			if ((lastStep == null || step > lastStep) && digits.equals(code(secret, step))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/** The code of the current step (used by tests and the demo, never sent anywhere). */
	String currentCode(String secret) {
		return code(secret, currentStep());
	}

	/** An otpauth:// QR code as a data URI, for authenticator apps to scan. */
	String qrCode(String username, String secret) {
		QrData data = new QrData.Builder().label(username)
			.secret(secret)
			.issuer(ISSUER)
			.algorithm(HashingAlgorithm.SHA1)
			.digits(DIGITS)
			.period(PERIOD_SECONDS)
			.build();
		ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
		try {
			return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
		}
		catch (QrGenerationException e) {
			throw new IllegalStateException("Could not draw the QR code", e);
		}
	}

	private long currentStep() {
		return clock.millis() / 1000 / PERIOD_SECONDS;
	}

	private String code(String secret, long step) {
		try {
			return codes.generate(secret, step);
		}
		catch (CodeGenerationException e) {
			throw new IllegalStateException("Could not compute a TOTP code", e);
		}
	}
}
