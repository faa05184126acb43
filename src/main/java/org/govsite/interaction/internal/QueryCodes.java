package org.govsite.interaction.internal;

import java.security.SecureRandom;

/**
 * 查询码: what a citizen follows a letter with, without an account. Twelve characters of an
 * alphabet without look-alikes (0/O, 1/I/L), about 60 bits: not guessable within any rate limit.
 */
public final class QueryCodes {

	private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	private QueryCodes() {
	}

	public static String next() {
		StringBuilder code = new StringBuilder(12);
		for (int i = 0; i < 12; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** What a citizen typed, as stored: upper case, without spaces or dashes. */
	public static String normalized(String typed) {
		return typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
	}
}
