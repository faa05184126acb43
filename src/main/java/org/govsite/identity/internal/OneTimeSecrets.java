package org.govsite.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets for links and first passwords. */
final class OneTimeSecrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final String DIGITS = "23456789";

	private static final String SYMBOLS = "!@#$%^&*-_=+?";

	private OneTimeSecrets() {
	}

	/** A URL-safe token of 256 bits. */
	static String token() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * A 14-character password that meets the password rules, for accounts whose holder must
	 * change it at first sign-in. Look-alike characters (0/O, 1/l/I) are left out, since it is read
	 * off a screen or a log.
	 */
	static String password() {
		String all = LETTERS + DIGITS + SYMBOLS;
		char[] password = new char[14];
		password[0] = pick(LETTERS);
		password[1] = pick(DIGITS);
		password[2] = pick(SYMBOLS);
		for (int i = 3; i < password.length; i++) {
			password[i] = pick(all);
		}
		for (int i = password.length - 1; i > 0; i--) {
			int j = RANDOM.nextInt(i + 1);
			char swap = password[i];
			password[i] = password[j];
			password[j] = swap;
		}
		return new String(password);
	}

	private static char pick(String from) {
		return from.charAt(RANDOM.nextInt(from.length()));
	}
}
