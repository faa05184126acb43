package org.govsite.guard.internal;

import org.govsite.guard.FindingCategory;
import org.govsite.guard.FindingLevel;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the dictionaries.
 *
 * @param pattern the text looked for (a leader's name for a serious-error entry)
 * @param suggestion the right form; for a serious-error entry the person's current titles, separated by 、
 */
public record DictionaryEntry(FindingCategory category, FindingLevel level, String pattern, @Nullable String suggestion) {

	public DictionaryEntry {
		if (!category.inDictionary()) {
			throw new IllegalArgumentException("not a dictionary category: " + category);
		}
		if (TextNormalizer.normalizePattern(pattern).isEmpty()) {
			throw new IllegalArgumentException("an entry needs letters, digits or characters: " + pattern);
		}
		suggestion = suggestion == null || suggestion.isBlank() ? null : suggestion.strip();
		pattern = pattern.strip();
	}
}
