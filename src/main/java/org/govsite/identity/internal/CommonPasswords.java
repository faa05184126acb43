package org.govsite.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The lists of common and breached passwords shipped with the platform ({@code passwords/} on the
 * class path, with their sources in its README), checked offline. A password counts as common when
 * it is on a list as it is, without its symbols, with look-alike symbols inside a word read as the
 * letters they stand for (p@ssw0rd), or by its letters alone when those are a listed word
 * (Password#2026): adding digits and a symbol to a common word does not make it strong.
 */
final class CommonPasswords {

	private static final String[] LISTS = { "passwords/common.txt", "passwords/common-zh.txt" };

	/** Shorter letter runs (abc, qq) are too likely by chance to refuse a password for. */
	private static final int MIN_WORD = 4;

	private static final Set<String> LISTED = load();

	private CommonPasswords() {
	}

	static boolean isCommon(String password) {
		String lower = password.toLowerCase(Locale.ROOT);
		String readable = readLookAlikes(lower);
		return LISTED.contains(lower) || LISTED.contains(readable) || LISTED.contains(withoutSymbols(lower))
				|| LISTED.contains(withoutSymbols(readable)) || isListedWord(letters(lower)) || isListedWord(letters(readable));
	}

	private static boolean isListedWord(String letters) {
		return letters.length() >= MIN_WORD && LISTED.contains(letters);
	}

	private static String withoutSymbols(String password) {
		return password.codePoints()
			.filter(Character::isLetterOrDigit)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

	private static String letters(String password) {
		return password.codePoints()
			.filter(Character::isLetter)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

	/** 0, 1, 3, 5, 7, @, $ and ! between two letters stand for the letters they look like. */
	private static String readLookAlikes(String password) {
		char[] chars = password.toCharArray();
		for (int i = 1; i < chars.length - 1; i++) {
			char letter = switch (password.charAt(i)) {
				case '0' -> 'o';
				case '1', '!' -> 'i';
				case '3' -> 'e';
				case '5', '$' -> 's';
				case '7' -> 't';
				case '@' -> 'a';
				default -> 0;
			};
			if (letter != 0 && Character.isLetter(password.charAt(i - 1)) && Character.isLetter(password.charAt(i + 1))) {
				chars[i] = letter;
			}
		}
		return new String(chars);
	}

	private static Set<String> load() {
		Set<String> listed = new HashSet<>(64_000);
		for (String list : LISTS) {
			try (InputStream in = CommonPasswords.class.getClassLoader().getResourceAsStream(list)) {
				if (in == null) {
					throw new IllegalStateException("The password list " + list + " is missing from the class path");
				}
				new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
					.map(String::strip)
					.filter(line -> !line.isEmpty())
					.map(line -> line.toLowerCase(Locale.ROOT))
					.forEach(listed::add);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return Set.copyOf(listed);
	}
}
