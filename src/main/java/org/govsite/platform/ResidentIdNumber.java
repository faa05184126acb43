package org.govsite.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A citizen's 居民身份证号码 (GB 11643): 17 digits (area, date of birth, sequence) and a check
 * character computed from them, {@code X} standing for ten. Letters and disclosure applications
 * check it where a real name is required; content security finds such numbers in text.
 */
public final class ResidentIdNumber {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	private ResidentIdNumber() {
	}

	/** Whether the text is a well-formed number with the right check character and a real date of birth. */
	public static boolean isValid(String text) {
		String number = text.strip().toUpperCase(Locale.ROOT);
		if (!number.matches("\\d{17}[\\dX]")) {
			return false;
		}
		try {
			LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
					Integer.parseInt(number.substring(12, 14)));
		}
		catch (DateTimeException e) {
			return false;
		}
		return checkCharacter(number) == number.charAt(17);
	}

	/** The check character of the first 17 digits. */
	static char checkCharacter(String number) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (number.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

	/** The number as staff without the right to see it are shown it: the first 3 and the last 2 characters. */
	public static String masked(String number) {
		String stripped = number.strip();
		return stripped.length() < 6 ? "*".repeat(stripped.length())
				: stripped.substring(0, 3) + "*".repeat(stripped.length() - 5) + stripped.substring(stripped.length() - 2);
	}
}
