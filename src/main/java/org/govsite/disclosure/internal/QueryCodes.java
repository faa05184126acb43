package org.govsite.disclosure.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * 查询码: what an applicant follows an application with, without an account. Twelve characters
 * without look-alikes (0/O, 1/I/L), about 60 bits; stored only as its SHA-256, so the table alone
 * opens no application.
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

	/** What is stored of a code, from what an applicant typed (case, spaces and dashes ignored). */
	public static String hash(String typed) {
		String normalized = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
