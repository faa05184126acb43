package org.govsite.search.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * 您是不是要找: a query typed in pinyin becomes the title words it spells; a query with a wrong
 * character gets the character that makes both of its pairs common in the index. Only the index's
 * own terms are suggested, so a suggestion always finds something.
 */
final class Suggester {

	private static final HanyuPinyinOutputFormat FORMAT = format();

	private final IndexReader reader;

	private final Map<String, String> pinyinWords;

	Suggester(IndexReader reader, Map<String, String> pinyinWords) {
		this.reader = reader;
		this.pinyinWords = pinyinWords;
	}

	/** The title words by their pinyin (the caller keeps them a while: reading them takes a pass over the terms). */
	static Map<String, String> pinyinWords(IndexReader reader) throws IOException {
		Map<String, String> words = new HashMap<>();
		Map<String, Integer> frequency = new HashMap<>();
		Terms terms = MultiTerms.getTerms(reader, IndexFields.TITLE_WORDS);
		if (terms != null) {
			TermsEnum each = terms.iterator();
			for (BytesRef term = each.next(); term != null; term = each.next()) {
				String word = term.utf8ToString();
				if (word.length() < 2 || !allHan(word)) {
					continue;
				}
				String pinyin = pinyin(word);
				int df = each.docFreq();
				if (pinyin != null && df > frequency.getOrDefault(pinyin, 0)) {
					words.put(pinyin, word);
					frequency.put(pinyin, df);
				}
			}
		}
		return words;
	}

	@Nullable String suggest(String typed) throws IOException {
		String text = SearchText.normalize(typed).strip();
		String letters = text.replaceAll("[\\s']+", "");
		if (letters.length() >= 2 && letters.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
			return fromPinyin(letters);
		}
		return correctCharacter(text);
	}

	/** Splits the letters into the fewest pinyin spellings of title words. */
	private @Nullable String fromPinyin(String letters) {
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
	 * Finds a character whose pairs with its neighbours are missing from the index and the character
	 * that would make them common. Only one character is changed.
	 */
	private @Nullable String correctCharacter(String text) throws IOException {
		if (text.length() < 3) {
			return null;
		}
		int bestPosition = -1;
		char bestChar = 0;
		long bestScore = 0;
		for (int i = 1; i < text.length(); i++) {
			char left = text.charAt(i - 1);
			char c = text.charAt(i);
			if (!han(left) || !han(c) || frequency("" + left + c) > 0) {
				continue;
			}
			boolean hasRight = i + 1 < text.length() && han(text.charAt(i + 1));
			if (hasRight && frequency("" + c + text.charAt(i + 1)) > 0) {
				continue;
			}
			Terms terms = MultiTerms.getTerms(reader, IndexFields.TITLE);
			if (terms == null) {
				return null;
			}
			TermsEnum each = terms.iterator();
			BytesRef prefix = new BytesRef(String.valueOf(left));
			if (each.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
				continue;
			}
			for (BytesRef term = each.term(); term != null && startsWith(term, prefix); term = each.next()) {
				String pair = term.utf8ToString();
				if (pair.length() != 2) {
					continue;
				}
				char candidate = pair.charAt(1);
				long score = each.docFreq();
				if (hasRight) {
					score = Math.min(score, frequency("" + candidate + text.charAt(i + 1)));
				}
				if (score > bestScore) {
					bestScore = score;
					bestPosition = i;
					bestChar = candidate;
				}
			}
			if (bestPosition >= 0) {
				break;
			}
		}
		if (bestPosition < 0) {
			return null;
		}
		return text.substring(0, bestPosition) + bestChar + text.substring(bestPosition + 1);
	}

	private long frequency(String pair) throws IOException {
		return reader.docFreq(new Term(IndexFields.TITLE, pair)) + reader.docFreq(new Term(IndexFields.BODY, pair));
	}

	private static boolean startsWith(BytesRef term, BytesRef prefix) {
		if (term.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (term.bytes[term.offset + i] != prefix.bytes[prefix.offset + i]) {
				return false;
			}
		}
		return true;
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
