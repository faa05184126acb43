package org.govsite.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The synonym groups and stop words that queries are read with. Synonyms expand at query time, so
 * an edit in the console applies to the next query without reindexing.
 *
 * @param synonyms groups of words meaning the same, e.g. {医保, 医疗保险}
 * @param stopWords words dropped from queries (怎么, 如何 …)
 */
public record Vocabulary(List<Set<String>> synonyms, Set<String> stopWords) {

	public static Vocabulary empty() {
		return new Vocabulary(List.of(), Set.of());
	}

	/** A synonym line of the console: words separated by {@code =}, {@code ,} or spaces. */
	public static Set<String> group(String line) {
		Set<String> words = new LinkedHashSet<>();
		for (String word : line.split("[=,，、\\s]+")) {
			String normalized = SearchText.normalize(word.strip());
			if (!normalized.isEmpty()) {
				words.add(normalized);
			}
		}
		return words;
	}

	/**
	 * The query's variants: the text itself and the text with each synonym group's word found in it
	 * replaced by the others (医保报销 → 医疗保险报销), at most a few.
	 */
	public List<String> variants(String text) {
		List<String> variants = new ArrayList<>();
		variants.add(text);
		for (Set<String> group : synonyms) {
			String found = longestIn(text, group);
			if (found == null) {
				continue;
			}
			for (String other : group) {
				if (!other.equals(found) && !text.contains(other) && variants.size() < 6) {
					variants.add(text.replace(found, other));
				}
			}
		}
		return variants;
	}

	/** The text without stop words; the text itself if nothing would be left. */
	public String withoutStopWords(String text) {
		String result = text;
		for (String stop : stopWords) {
			if (!stop.isEmpty()) {
				result = result.replace(stop, " ");
			}
		}
		result = result.replaceAll("\\s+", " ").strip();
		return result.isEmpty() ? text : result;
	}

	private static String longestIn(String text, Set<String> group) {
		String best = null;
		for (String word : group) {
			if (text.contains(word) && (best == null || word.length() > best.length())) {
				best = word;
			}
		}
		return best;
	}
}
