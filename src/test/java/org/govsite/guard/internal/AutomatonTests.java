package org.govsite.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The automaton's double array against the plain definition: every occurrence of every pattern,
 * found by comparing the pattern at every position of the normalised text.
 */
class AutomatonTests {

	@Test
	void everyOccurrenceOfEveryPatternIsReportedAndNothingElse() {
		Random random = new Random(5);
		String letters = "政府公开信息服务市民办理通知";
		for (int round = 0; round < 30; round++) {
			Set<String> distinct = new LinkedHashSet<>();
			int count = 1 + random.nextInt(round < 10 ? 5 : 200);
			while (distinct.size() < count) {
				distinct.add(word(random, letters, 1 + random.nextInt(5)));
			}
			List<String> patterns = List.copyOf(distinct);
			String text = word(random, letters + "x", 2_000);
			List<String> found = new ArrayList<>();
			new Automaton(patterns).scan(text, (pattern, end) -> found.add(pattern + "@" + end));

			assertThat(found).containsExactlyInAnyOrderElementsOf(naive(patterns, text));
		}
	}

	@Test
	void aDictionaryOfManyCharactersFindsTheSameWithoutTheFirstLevelsBits() {
		Random random = new Random(7);
		StringBuilder letters = new StringBuilder();
		for (char c = '\u4E00'; letters.length() < 5_000; c++) {
			if (TextNormalizer.normalize(c) == c) {
				letters.append(c);
			}
		}
		Set<String> distinct = new LinkedHashSet<>();
		for (int i = 0; i < letters.length(); i++) {
			distinct.add(letters.substring(i, i + 1) + word(random, "政府公开信息", random.nextInt(3)));
		}
		List<String> patterns = List.copyOf(distinct);
		String text = word(random, letters.substring(0, 40) + "政府公开信息", 2_000);
		List<String> found = new ArrayList<>();
		new Automaton(patterns).scan(text, (pattern, end) -> found.add(pattern + "@" + end));

		assertThat(found).isNotEmpty().containsExactlyInAnyOrderElementsOf(naive(patterns, text));
	}

	@Test
	void skippedCharactersAreOnlyPassedOverAndUnknownOnesBreakAMatch() {
		Automaton automaton = new Automaton(List.of("敏感词", "感"));
		List<String> found = new ArrayList<>();
		automaton.scan("敏 感*词 敏感x词", (pattern, end) -> found.add(pattern + "@" + end));
		assertThat(found).containsExactly("1@3", "0@5", "1@8");
	}

	@Test
	void markedCharactersAreReportedWhereTheyAreAndMatchAsBefore() {
		Random random = new Random(9);
		String letters = "政府12单x";
		for (int round = 0; round < 20; round++) {
			Set<String> distinct = new LinkedHashSet<>();
			int count = 1 + random.nextInt(50);
			while (distinct.size() < count) {
				distinct.add(word(random, "政府12单", 1 + random.nextInt(4)));
			}
			List<String> patterns = List.copyOf(distinct);
			String text = word(random, letters, 1_000);
			Recorded recorded = new Recorded();
			new Automaton(patterns, "1单x@").scan(text, recorded);

			assertThat(recorded.found).containsExactlyInAnyOrderElementsOf(naive(patterns, text));
			List<Integer> expected = new ArrayList<>();
			for (int i = 0; i < text.length(); i++) {
				if ("1单x".indexOf(text.charAt(i)) >= 0) {
					expected.add(i);
				}
			}
			assertThat(recorded.marked).isNotEmpty().isEqualTo(expected);
		}
	}

	@Test
	void aMarkedCharacterThatIsSkippedIsStillPassedOver() {
		Recorded recorded = new Recorded();
		new Automaton(List.of("敏感词"), "@").scan("敏@感词", recorded);
		assertThat(recorded.found).containsExactly("0@4");
		assertThat(recorded.marked).containsExactly(1);
	}

	/** Each hit as pattern@end, and the places of the marked characters. */
	private static final class Recorded implements Automaton.Hits {

		final List<String> found = new ArrayList<>();

		final List<Integer> marked = new ArrayList<>();

		@Override
		public void hit(int pattern, int end) {
			found.add(pattern + "@" + end);
		}

		@Override
		public void marked(int index) {
			marked.add(index);
		}
	}

	/** Symbols of patterns, skipped characters left out of the text, as the automaton is to see them. */
	private static List<String> naive(List<String> patterns, String text) {
		List<String> found = new ArrayList<>();
		for (int end = 1; end <= text.length(); end++) {
			for (int p = 0; p < patterns.size(); p++) {
				String pattern = patterns.get(p);
				if (end >= pattern.length() && text.startsWith(pattern, end - pattern.length())) {
					found.add(p + "@" + end);
				}
			}
		}
		return found;
	}

	private static String word(Random random, String letters, int length) {
		StringBuilder word = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			word.append(letters.charAt(random.nextInt(letters.length())));
		}
		return word.toString();
	}
}
