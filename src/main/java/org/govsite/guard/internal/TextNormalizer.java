package org.govsite.guard.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one table every scanned character goes through before matching: traditional to simplified
 * (OpenCC's character table, as opencc4j ships it), full width to half width, upper to lower case;
 * spaces, punctuation and symbols map to {@link #SKIP}, so that a pattern is still found when
 * something is put between its characters (敏 感 词, 敏*感*词). One array lookup per character keeps
 * the scan fast; a phrase-level conversion would change lengths and lose positions.
 */
public final class TextNormalizer {

	/** What a character that does not take part in matching maps to. */
	public static final char SKIP = 0;

	private static final String TRADITIONAL_TO_SIMPLIFIED = "data/dictionary/TSCharacters.txt";

	private static final char[] TABLE = build();

	private TextNormalizer() {
	}

	/** The character as the scanner sees it, or {@link #SKIP}. */
	public static char normalize(char c) {
		return TABLE[c];
	}

	/** The pattern as the scanner sees it: normalised, skipped characters left out. */
	public static String normalizePattern(String pattern) {
		StringBuilder out = new StringBuilder(pattern.length());
		for (int i = 0; i < pattern.length(); i++) {
			char c = TABLE[pattern.charAt(i)];
			if (c != SKIP) {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** Full width to half width only, position for position: for numbers and addresses. */
	public static String halfWidth(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			chars[i] = halfWidth(chars[i]);
		}
		return new String(chars);
	}

	/** The same as {@link #halfWidth(String)} read character by character, without a copy: for a regular expression tried at a few places. */
	public static CharSequence halfWidthView(String text) {
		return new HalfWidth(text);
	}

	private record HalfWidth(String text) implements CharSequence {

		@Override
		public int length() {
			return text.length();
		}

		@Override
		public char charAt(int index) {
			return halfWidth(text.charAt(index));
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			return new HalfWidth(text.substring(start, end));
		}

		@Override
		public String toString() {
			return halfWidth(text);
		}
	}

	private static char halfWidth(char c) {
		if (c >= '\uFF01' && c <= '\uFF5E') {
			return (char) (c - 0xFEE0);
		}
		return c == '\u3000' ? ' ' : c;
	}

	private static char[] build() {
		char[] table = new char[0x10000];
		for (int c = 0; c < table.length; c++) {
			char half = halfWidth((char) c);
			table[c] = isSkipped(half) ? SKIP : Character.toLowerCase(half);
		}
		readTraditional(table);
		return table;
	}

	/** Letters, digits and ideographs count; everything else is a separator that may hide a pattern. */
	private static boolean isSkipped(char c) {
		if (Character.isSurrogate(c)) {
			return false;
		}
		return switch (Character.getType(c)) {
			case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
					Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
					Character.LETTER_NUMBER, Character.OTHER_NUMBER -> false;
			default -> true;
		};
	}

	private static void readTraditional(char[] table) {
		try (InputStream in = TextNormalizer.class.getClassLoader().getResourceAsStream(TRADITIONAL_TO_SIMPLIFIED)) {
			if (in == null) {
				throw new IllegalStateException("opencc4j's dictionary " + TRADITIONAL_TO_SIMPLIFIED + " is missing");
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = lines.readLine()) != null) {
				int tab = line.indexOf('\t');
				if (tab == 1 && line.length() > 2 && !Character.isSurrogate(line.charAt(2))) {
					// the first of the simplified forms, the common one
					table[line.charAt(0)] = line.charAt(2);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
