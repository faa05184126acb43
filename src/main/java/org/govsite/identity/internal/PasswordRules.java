package org.govsite.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shape a password must have (SPEC.md §12, OWASP ASVS 2.1.1 for the length): at least 12
 * characters mixing letters, digits and symbols, not the username, and not a common or breached
 * password. Returns the bundle code of each rule a password breaks.
 */
final class PasswordRules {

	static final int MIN_LENGTH = 12;

	private PasswordRules() {
	}

	static List<String> violations(String username, String password) {
		List<String> broken = new ArrayList<>();
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			broken.add("identity.password.tooShort");
		}
		if (password.codePoints().noneMatch(PasswordRules::isLatinLetter)) {
			broken.add("identity.password.needsLetter");
		}
		if (password.codePoints().noneMatch(c -> c >= '0' && c <= '9')) {
			broken.add("identity.password.needsDigit");
		}
		if (password.codePoints().noneMatch(PasswordRules::isSymbol)) {
			broken.add("identity.password.needsSymbol");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String name = username.toLowerCase(Locale.ROOT);
		if (!name.isEmpty() && (lower.equals(name) || lower.equals(new StringBuilder(name).reverse().toString()))) {
			broken.add("identity.password.sameAsUsername");
		}
		if (password.codePoints().anyMatch(Character::isWhitespace)) {
			broken.add("identity.password.noWhitespace");
		}
		if (CommonPasswords.isCommon(password)) {
			broken.add("identity.password.common");
		}
		return broken;
	}

	private static boolean isLatinLetter(int c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static boolean isSymbol(int c) {
		return c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
	}
}
