package org.govsite.search.internal;

import java.text.Normalizer;
import java.util.Locale;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * How text is made comparable before analysis, the same for documents and queries: full-width
 * forms to half-width (NFKC), traditional to simplified characters (so that a traditional query
 * finds simplified documents and the reverse), lower case.
 */
public final class SearchText {

	/**
	 * Per UTF-16 unit, once looked up: 0 not yet, 1 not a traditional character, 2 traditional.
	 * opencc4j's {@code isSimple} builds its answer anew on each call (3 % of a query's CPU time and a
	 * share of every entry's indexing); a race only looks one up twice (a byte is written whole).
	 */
	private static final byte[] TRADITIONAL = new byte[Character.MAX_VALUE + 1];

	private SearchText() {
	}

	public static String normalize(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		return hasTraditional(folded) ? ZhConverterUtil.toSimple(folded) : folded;
	}

	/**
	 * A 文号 or 索引号 as one token: letters, digits and Chinese characters only, so that
	 * 深府办〔2020〕11号, 深府办[2020]11号 and 深府办2020 11号 are the same.
	 */
	public static String compact(String text) {
		String normalized = normalize(text);
		StringBuilder out = new StringBuilder(normalized.length());
		normalized.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
		return out.toString();
	}

	private static boolean hasTraditional(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (traditional(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean traditional(char c) {
		byte known = TRADITIONAL[c];
		if (known == 0) {
			known = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && !ZhConverterUtil.isSimple(c) ? (byte) 2
					: (byte) 1;
			TRADITIONAL[c] = known;
		}
		return known == 2;
	}
}
