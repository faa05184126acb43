package org.govsite.guard.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.guard.FindingCategory;
import org.govsite.guard.FindingLevel;
import org.govsite.guard.GuardFinding;
import org.jspecify.annotations.Nullable;

/**
 * Checks a text against all dictionaries in one pass of one {@link Automaton}, then keeps quiet
 * where a hit is no offence:
 * <ul>
 * <li><b>whitelist</b>: a hit inside a known word (an entry of the whitelist) is part of it;</li>
 * <li><b>word boundaries</b>: a short hit (two characters) that a known word crosses is the end
 * of one word and the start of the next (路口交通 holds 口交 across 路口 and 交通); a Latin pattern
 * must not continue a Latin word;</li>
 * <li><b>spread</b>: characters put between the pattern's characters are passed over, a few of them
 * (a pattern spread over a paragraph is not written on purpose).</li>
 * </ul>
 * A leader's name is a serious error when the title written right before or after it is a known
 * title that is not theirs. Personal data is found by {@link PersonalData}, from the places of digits
 * and the like that the same pass notes. Immutable; one scanner
 * serves all threads, and a changed dictionary makes a new one.
 */
public final class Scanner {

	/** Characters between two characters of a pattern that are passed over, at most. */
	static final int MAX_GAP = 3;

	/**
	 * Patterns of at most this many characters are the ones that sit inside innocent longer words;
	 * a longer pattern is kept quiet only by a known word that contains it.
	 */
	static final int SHORT = 2;

	private static final int EXCERPT_CONTEXT = 12;

	private final Automaton automaton;

	/** For each pattern id: the entries with that pattern (several categories may share one). */
	private final DictionaryEntry[][] entries;

	/** For each pattern id: whether it is a known (whitelisted) word. */
	private final boolean[] known;

	/** For each pattern id: whether it is a title the serious-error check looks for. */
	private final boolean[] isTitle;

	private final int longestKnown;

	private final PersonalData personalData;

	public Scanner(Collection<DictionaryEntry> dictionary, Collection<String> knownWords, PersonalData personalData) {
		Map<String, Integer> ids = new LinkedHashMap<>();
		Map<Integer, List<DictionaryEntry>> byId = new HashMap<>();
		for (DictionaryEntry entry : dictionary) {
			int id = ids.computeIfAbsent(TextNormalizer.normalizePattern(entry.pattern()), p -> ids.size());
			byId.computeIfAbsent(id, i -> new ArrayList<>()).add(entry);
		}
		int longest = 0;
		List<Integer> knownIds = new ArrayList<>();
		for (String word : knownWords) {
			String normalized = TextNormalizer.normalizePattern(word);
			if (!normalized.isEmpty()) {
				knownIds.add(ids.computeIfAbsent(normalized, p -> ids.size()));
				longest = Math.max(longest, normalized.length());
			}
		}
		this.automaton = new Automaton(List.copyOf(ids.keySet()), PersonalData.MARKS);
		this.entries = new DictionaryEntry[ids.size()][];
		for (int id = 0; id < entries.length; id++) {
			entries[id] = byId.getOrDefault(id, List.of()).toArray(DictionaryEntry[]::new);
		}
		this.known = new boolean[ids.size()];
		knownIds.forEach(id -> known[id] = true);
		this.isTitle = new boolean[ids.size()];
		for (int id = 0; id < entries.length; id++) {
			isTitle[id] = Arrays.stream(entries[id]).anyMatch(e -> e.category() == FindingCategory.TITLE);
		}
		this.longestKnown = longest;
		this.personalData = personalData;
	}

	/** Every finding in the text, in the order of the text. */
	public List<GuardFinding> scan(String text) {
		Hits hits = new Hits(text);
		automaton.scan(text, hits);
		List<GuardFinding> findings = new ArrayList<>();
		hits.known.sort(Comparator.comparingInt(Span::start));
		for (Span hit : hits.entries) {
			if (isQuiet(text, hit, hits.known)) {
				continue;
			}
			for (DictionaryEntry entry : entries[hit.pattern()]) {
				GuardFinding finding = finding(text, hit, entry, hits.titles);
				if (finding != null) {
					findings.add(finding);
				}
			}
		}
		personalData.scan(text, hits.marks, (kind, level, start, end, shown) -> findings.add(new GuardFinding(
				FindingCategory.PERSONAL_DATA, level, start, end, shown, excerpt(text, start, end, shown), null, kind)));
		findings.sort(Comparator.comparingInt(GuardFinding::start).thenComparingInt(GuardFinding::end));
		return findings;
	}

	private @Nullable GuardFinding finding(String text, Span hit, DictionaryEntry entry, List<Span> titles) {
		String matched = text.substring(hit.start(), hit.end());
		return switch (entry.category()) {
			case TITLE -> null;
			case SERIOUS_ERROR -> wrongTitle(text, hit, entry, titles);
			default -> new GuardFinding(entry.category(), entry.level(), hit.start(), hit.end(), matched,
					excerpt(text, hit.start(), hit.end(), matched), entry.suggestion(), null);
		};
	}

	/** A leader's name next to a known title that is not one of theirs. */
	private @Nullable GuardFinding wrongTitle(String text, Span name, DictionaryEntry leader, List<Span> titles) {
		Span written = null;
		for (Span title : titles) {
			boolean before = title.end() <= name.start() && text.substring(title.end(), name.start()).isBlank();
			boolean after = title.start() >= name.end() && text.substring(name.end(), title.start()).isBlank();
			if ((before || after) && (written == null || title.length() > written.length())) {
				written = title;
			}
		}
		if (written == null) {
			return null;
		}
		String title = TextNormalizer.normalizePattern(text.substring(written.start(), written.end()));
		List<String> current = leader.suggestion() == null ? List.of()
				: Arrays.stream(leader.suggestion().split("[、,，;；]")).map(TextNormalizer::normalizePattern).toList();
		if (current.stream().anyMatch(held -> holds(held, title))) {
			return null;
		}
		int start = Math.min(name.start(), written.start());
		int end = Math.max(name.end(), written.end());
		String matched = text.substring(start, end);
		String right = leader.suggestion() == null ? null : leader.suggestion().split("[、,，;；]")[0].strip();
		String suggestion = right == null ? null
				: written.end() <= name.start() ? right + leader.pattern() : leader.pattern() + right;
		return new GuardFinding(FindingCategory.SERIOUS_ERROR, leader.level(), start, end, matched,
				excerpt(text, start, end, matched), suggestion, text.substring(written.start(), written.end()));
	}

	/**
	 * Whether a title written is a right way to name a title held: the same, or its end (书记 for
	 * 市委书记), but not when what is left off makes a deputy of them (市长 for 副市长 is wrong).
	 */
	static boolean holds(String held, String written) {
		if (held.equals(written)) {
			return true;
		}
		return held.endsWith(written) && !held.substring(0, held.length() - written.length()).endsWith("副");
	}

	private boolean isQuiet(String text, Span hit, List<Span> knownWords) {
		if (isLatinContinued(text, hit)) {
			return true;
		}
		int from = lowerBound(knownWords, hit.start() - longestKnown * (MAX_GAP + 1));
		for (int i = from; i < knownWords.size() && knownWords.get(i).start() < hit.end(); i++) {
			Span word = knownWords.get(i);
			boolean contains = word.start() <= hit.start() && word.end() >= hit.end();
			boolean crosses = word.end() > hit.start() && !contains
					&& !(word.start() >= hit.start() && word.end() <= hit.end());
			if (contains || crosses && hit.length() <= SHORT) {
				return true;
			}
		}
		return false;
	}

	private static boolean isLatinContinued(String text, Span hit) {
		return isLatin(text.charAt(hit.start())) && hit.start() > 0 && isLatin(text.charAt(hit.start() - 1))
				|| isLatin(text.charAt(hit.end() - 1)) && hit.end() < text.length() && isLatin(text.charAt(hit.end()));
	}

	private static boolean isLatin(char c) {
		char n = TextNormalizer.normalize(c);
		return n >= 'a' && n <= 'z' || n >= '0' && n <= '9';
	}

	private static int lowerBound(List<Span> spans, int start) {
		int low = 0;
		int high = spans.size();
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (spans.get(mid).start() < start) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	static String excerpt(String text, int start, int end, String shown) {
		int from = Math.max(0, start - EXCERPT_CONTEXT);
		int to = Math.min(text.length(), end + EXCERPT_CONTEXT);
		StringBuilder excerpt = new StringBuilder(to - from + 2).append(from > 0 ? "…" : "");
		oneLine(excerpt, text, from, start).append(shown);
		return oneLine(excerpt, text, end, to).append(to < text.length() ? "…" : "").toString();
	}

	private static StringBuilder oneLine(StringBuilder out, String text, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			out.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
		}
		return out;
	}

	/** A hit in the original text; length counts the pattern's characters. */
	record Span(int pattern, int start, int end, int length) {
	}

	/** Sorts the automaton's hits: known words, titles, and entries to check; notes the marks for personal data. */
	private final class Hits implements Automaton.Hits {

		private final String text;

		final List<Span> known = new ArrayList<>();

		final List<Span> titles = new ArrayList<>();

		final List<Span> entries = new ArrayList<>();

		final PersonalData.Marks marks;

		Hits(String text) {
			this.text = text;
			this.marks = new PersonalData.Marks(text);
		}

		@Override
		public void marked(int index) {
			marks.marked(index);
		}

		@Override
		public void hit(int pattern, int end) {
			int length = automaton.length(pattern);
			int start = startOf(end, length);
			if (start < 0) {
				return;
			}
			Span span = new Span(pattern, start, end, length);
			if (Scanner.this.known[pattern]) {
				known.add(span);
			}
			DictionaryEntry[] found = Scanner.this.entries[pattern];
			if (found.length > 0) {
				entries.add(span);
				if (isTitle[pattern]) {
					titles.add(span);
				}
			}
		}

		/** Walks back over the pattern's characters; -1 when they are spread too far apart. */
		private int startOf(int end, int length) {
			int i = end - 1;
			int counted = 1;
			int gap = 0;
			while (counted < length) {
				i--;
				if (TextNormalizer.normalize(text.charAt(i)) == TextNormalizer.SKIP) {
					if (++gap > MAX_GAP) {
						return -1;
					}
				}
				else {
					counted++;
					gap = 0;
				}
			}
			return i;
		}
	}
}
