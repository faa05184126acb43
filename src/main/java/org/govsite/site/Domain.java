package org.govsite.site;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A site's domain (SPEC.md §1): at most one English domain, a host name under {@code .gov.cn},
 * and at most one Chinese domain under {@code .政务}. A Chinese domain may be typed in Unicode, with
 * the ideographic full stop, or in its ASCII (punycode) form; it is kept in Unicode.
 *
 * @param name the normalized name: lower case, Unicode for a Chinese domain
 * @param chinese whether it is the Chinese domain
 */
public record Domain(String name, boolean chinese) {

	private static final String GOV_CN = ".gov.cn";

	private static final String ZHENGWU = ".政务";

	private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

	private static final int MAX_LENGTH = 253;

	/** An English domain: a valid host name ending in {@code .gov.cn}, with a name before it. */
	public static Domain english(String input) {
		String name = input.strip().toLowerCase(Locale.ROOT);
		if (name.endsWith(".")) {
			name = name.substring(0, name.length() - 1);
		}
		if (!isHostName(name) || !name.endsWith(GOV_CN) || name.length() == GOV_CN.length()) {
			throw new SiteDataRejected("englishDomain", "site.domain.english.invalid", input.strip());
		}
		return new Domain(name, false);
	}

	/** A Chinese domain: an internationalized host name ending in {@code .政务}, with a name before it. */
	public static Domain chinese(String input) {
		String typed = input.strip();
		try {
			String ascii = IDN.toASCII(typed, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
			String unicode = IDN.toUnicode(ascii);
			if (isHostName(ascii) && unicode.endsWith(ZHENGWU) && unicode.length() > ZHENGWU.length()
					&& !unicode.startsWith(".")) {
				return new Domain(unicode, true);
			}
		}
		catch (IllegalArgumentException notAnIdn) {
			// falls through to the refusal below
		}
		throw new SiteDataRejected("chineseDomain", "site.domain.chinese.invalid", typed);
	}

	/** The name as DNS knows it (punycode for a Chinese domain). */
	public String ascii() {
		return chinese ? IDN.toASCII(name) : name;
	}

	@Override
	public String toString() {
		return name;
	}

	private static boolean isHostName(String ascii) {
		if (ascii.isEmpty() || ascii.length() > MAX_LENGTH) {
			return false;
		}
		for (String label : ascii.split("\\.", -1)) {
			if (!LABEL.matcher(label).matches()) {
				return false;
			}
		}
		return true;
	}
}
