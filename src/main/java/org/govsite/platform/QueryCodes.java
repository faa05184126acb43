package org.govsite.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * 查询码: what a citizen follows a letter, an error report or an application for disclosure with,
 * without an account. Twelve characters of an alphabet without look-alikes (0/O, 1/I/L), about 60
 * bits: not guessable within any rate limit, and easy to read off a screen or over the phone.
 */
public final class QueryCodes {

	private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final int LENGTH = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private QueryCodes() {
	}

	public static String next() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** What a citizen typed, as issued: upper case, without spaces or dashes. */
	public static String normalized(String typed) {
		return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

	/** The SHA-256 of a code as typed (normalized first), for a table that must not open anything by itself. */
	public static String hash(String typed) {
		try {
			return HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(normalized(typed).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
