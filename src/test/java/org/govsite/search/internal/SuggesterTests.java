package org.govsite.search.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 您是不是要找 as a rule over an index's words, without an engine (each engine's tests run it on their index too). */
class SuggesterTests {

	/** Words of a few titles: each title counts once per pair and word it has. */
	record Titles(List<String> titles, Map<String, Long> titleWords) implements IndexWords {

		@Override
		public Map<String, Long> pairFrequencies(Iterable<String> pairs) {
			Map<String, Long> counts = new HashMap<>();
			pairs.forEach(pair -> counts.put(pair, titles.stream().filter(title -> title.contains(pair)).count()));
			return counts;
		}

		@Override
		public Map<String, Long> titlePairsLike(String pair) {
			Map<String, Long> counts = new HashMap<>();
			for (String title : titles) {
				for (int i = 1; i < title.length(); i++) {
					if (title.charAt(i - 1) == pair.charAt(0)) {
						counts.merge(title.substring(i - 1, i + 1), 1L, Long::sum);
					}
				}
			}
			return counts;
		}
	}

	@Test
	void aWrongCharacterBecomesTheOneThatPairsWithBothNeighbours() {
		Suggester suggester = new Suggester(new Titles(List.of("清明公祭活动", "公祭仪式", "公祭典礼", "住房公积金提取"), Map.of()));
		assertThat(suggester.suggest("公机金")).as("公祭 is commoner, but 祭金 is no pair of any title").isEqualTo("公积金");
		assertThat(suggester.suggest("公祭仪式")).as("nothing to correct").isNull();
		assertThat(suggester.suggest("天气预报")).as("nothing like it").isNull();
	}

	@Test
	void pinyinIsSpelledInTheCommonestTitleWords() {
		Suggester suggester = new Suggester(new Titles(List.of(),
				Map.of("住房", 4L, "公积金", 3L, "公鸡", 1L, "提取", 2L, "tiqu", 9L)));
		assertThat(suggester.suggest("zhufang gongjijin tiqu")).isEqualTo("住房公积金提取");
		assertThat(suggester.suggest("xyz")).isNull();
	}
}
