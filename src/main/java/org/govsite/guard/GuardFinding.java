package org.govsite.guard;

import org.jspecify.annotations.Nullable;

/**
 * One problem found in a text.
 *
 * @param category what kind of problem
 * @param level how much it matters
 * @param start where it starts in the text checked (index of its first character)
 * @param end where it ends (exclusive)
 * @param matched the text found, as written (masked for personal data)
 * @param excerpt the text around it, to find it by eye
 * @param suggestion the right form (错误提法, 规范用语, 易混词; for 严重错误 the name with the current title), or null
 * @param kind for personal data, which kind (id-number, mobile, bank-card, email); for a serious
 * error, the title written; else null
 */
public record GuardFinding(FindingCategory category, FindingLevel level, int start, int end, String matched,
		String excerpt, @Nullable String suggestion, @Nullable String kind) {

	public boolean blocking() {
		return level == FindingLevel.BLOCK;
	}
}
