package org.govsite.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.random.RandomGenerator;

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
		return password(RANDOM);
	}

	/**
	 * The same, from the given source: a draw that happens to read as a common password (about one
	 * in 40,000, through its look-alike characters) is drawn again, so no generated password is
	 * refused by the rules it is meant to meet.
	 */
	static String password(RandomGenerator random) {
		String password;
		do {
			password = draw(random);
		}
		while (!PasswordRules.violations("", password).isEmpty());
		return password;
	}

	/** One draw: a letter, a digit and a symbol at least, shuffled. */
	static String draw(RandomGenerator random) {
		String all = LETTERS + DIGITS + SYMBOLS;
		char[] password = new char[14];
		password[0] = pick(random, LETTERS);
		password[1] = pick(random, DIGITS);
		password[2] = pick(random, SYMBOLS);
		for (int i = 3; i < password.length; i++) {
			password[i] = pick(random, all);
		}
		for (int i = password.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			char swap = password[i];
			password[i] = password[j];
			password[j] = swap;
		}
		return new String(password);
	}

	private static char pick(RandomGenerator random, String from) {
		return from.charAt(random.nextInt(from.length()));
	}
}
