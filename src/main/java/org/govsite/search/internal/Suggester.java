package org.govsite.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.jspecify.annotations.Nullable;

/**
 * 您是不是要找, the same on every engine: a query typed in pinyin becomes the title words it
 * spells; a query with a wrong character gets the character that makes both of its pairs common
 * in the index. Only the index's own words ({@link IndexWords}) are suggested, so a suggestion
 * always finds something.
 */
final class Suggester {

	private static final HanyuPinyinOutputFormat FORMAT = format();

	/** New titles rarely bring new words: the pinyin dictionary is read again at most this often. */
	private static final long PINYIN_MAX_AGE_NANOS = 600_000_000_000L;

	private final IndexWords words;

	private volatile Map<String, String> pinyinWords = Map.of();

	private volatile long pinyinReadAt;

	Suggester(IndexWords words) {
		this.words = words;
	}

	/** The title words by their pinyin, the commonest word where two read alike. */
	static Map<String, String> pinyinWords(Map<String, Long> titleWords) {
		Map<String, String> byPinyin = new HashMap<>();
		Map<String, Long> frequency = new HashMap<>();
		for (Map.Entry<String, Long> each : new TreeMap<>(titleWords).entrySet()) {
			String word = each.getKey();
			if (word.length() < 2 || !allHan(word)) {
				continue;
			}
			String pinyin = pinyin(word);
			if (pinyin != null && each.getValue() > frequency.getOrDefault(pinyin, 0L)) {
				byPinyin.put(pinyin, word);
				frequency.put(pinyin, each.getValue());
			}
		}
		return byPinyin;
	}

	@Nullable String suggest(String typed) {
		String text = SearchText.normalize(typed).strip();
		String letters = text.replaceAll("[\\s']+", "");
		if (letters.length() >= 2 && letters.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
			return fromPinyin(letters);
		}
		return correctCharacter(text);
	}

	/** Reads the title words again at the next use (after a rebuild). */
	void forget() {
		pinyinReadAt = 0;
	}

	private synchronized Map<String, String> pinyinWords() {
		if (pinyinReadAt == 0 || System.nanoTime() - pinyinReadAt > PINYIN_MAX_AGE_NANOS) {
			pinyinWords = pinyinWords(words.titleWords());
			pinyinReadAt = System.nanoTime();
		}
		return pinyinWords;
	}

	/** Splits the letters into the fewest pinyin spellings of title words. */
	private @Nullable String fromPinyin(String letters) {
		Map<String, String> pinyinWords = pinyinWords();
		int n = letters.length();
		int[] pieces = new int[n + 1];
		String[] word = new String[n + 1];
		int[] from = new int[n + 1];
		java.util.Arrays.fill(pieces, Integer.MAX_VALUE);
		pieces[0] = 0;
		for (int end = 1; end <= n; end++) {
			for (int start = Math.max(0, end - 30); start < end; start++) {
				if (pieces[start] == Integer.MAX_VALUE) {
					continue;
				}
				String found = pinyinWords.get(letters.substring(start, end));
				if (found != null && pieces[start] + 1 < pieces[end]) {
					pieces[end] = pieces[start] + 1;
					word[end] = found;
					from[end] = start;
				}
			}
		}
		if (pieces[n] == Integer.MAX_VALUE) {
			return null;
		}
		StringBuilder out = new StringBuilder();
		for (int end = n; end > 0; end = from[end]) {
			out.insert(0, word[end]);
		}
		return out.toString();
	}

	/**
	 * Finds the first character whose pairs with its neighbours are missing from the index and the
	 * character that would make them most common. Only one character is changed.
	 */
	private @Nullable String correctCharacter(String text) {
		if (text.length() < 3) {
			return null;
		}
		List<String> pairs = new ArrayList<>();
		for (int i = 1; i < text.length(); i++) {
			if (han(text.charAt(i - 1)) && han(text.charAt(i))) {
				pairs.add(text.substring(i - 1, i + 1));
			}
		}
		if (pairs.isEmpty()) {
			return null;
		}
		Map<String, Long> known = words.pairFrequencies(pairs);
		for (int i = 1; i < text.length(); i++) {
			char left = text.charAt(i - 1);
			char c = text.charAt(i);
			if (!han(left) || !han(c) || known.getOrDefault("" + left + c, 0L) > 0) {
				continue;
			}
			boolean hasRight = i + 1 < text.length() && han(text.charAt(i + 1));
			if (hasRight && known.getOrDefault("" + c + text.charAt(i + 1), 0L) > 0) {
				continue;
			}
			Character best = bestAfter("" + left + c, hasRight ? text.charAt(i + 1) : null);
			if (best != null) {
				return text.substring(0, i) + best + text.substring(i + 1);
			}
		}
		return null;
	}

	/** The character in place of the pair's second that pairs most often with both neighbours in the titles. */
	private @Nullable Character bestAfter(String mistyped, @Nullable Character right) {
		Map<Character, Long> candidates = new TreeMap<>();
		words.titlePairsLike(mistyped).forEach((pair, count) -> {
			if (pair.length() == 2 && pair.charAt(0) == mistyped.charAt(0)) {
				candidates.put(pair.charAt(1), count);
			}
		});
		if (candidates.isEmpty()) {
			return null;
		}
		Map<String, Long> onTheRight = right == null ? Map.of()
				: words.pairFrequencies(candidates.keySet().stream().map(candidate -> "" + candidate + right).toList());
		Character best = null;
		long bestScore = 0;
		for (Map.Entry<Character, Long> candidate : candidates.entrySet()) {
			long score = candidate.getValue();
			if (right != null) {
				score = Math.min(score, onTheRight.getOrDefault("" + candidate.getKey() + right, 0L));
			}
			if (score > bestScore) {
				bestScore = score;
				best = candidate.getKey();
			}
		}
		return best;
	}

	private static boolean han(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	private static boolean allHan(String word) {
		return word.chars().allMatch(c -> han((char) c));
	}

	/** The word's pinyin without tones, the first reading of each character. */
	static @Nullable String pinyin(String word) {
		StringBuilder out = new StringBuilder();
		try {
			for (char c : word.toCharArray()) {
				String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
				if (readings == null || readings.length == 0) {
					return null;
				}
				out.append(readings[0]);
			}
		}
		catch (BadHanyuPinyinOutputFormatCombination e) {
			throw new IllegalStateException(e);
		}
		return out.toString().toLowerCase(Locale.ROOT);
	}

	private static HanyuPinyinOutputFormat format() {
		HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
		format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
		format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		format.setVCharType(HanyuPinyinVCharType.WITH_V);
		return format;
	}
}
