package org.govsite.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.govsite.search.SearchHit;
import org.govsite.search.SearchQuery;
import org.govsite.search.internal.LuceneEngine;
import org.govsite.search.internal.Vocabulary;

/**
 * How much of the first page changes when fewer of the title stage's best are scored again with the
 * whole query: over {@link SearchBenchmark}'s mix on a kept index, the page (10 hits) with the
 * engine's figure against the page with each given figure. Usage: INDEX queries seed N [N …].
 */
public final class SearchRescoreCheck {

	public static void main(String[] args) throws Exception {
		Path index = Path.of(args[0]);
		List<String> mix = SearchBenchmark.mix(Integer.parseInt(args[1]), new Random(Long.parseLong(args[2])));
		Vocabulary vocabulary = new Vocabulary(List.of(Set.of("医保", "医疗保险"), Set.of("公积金", "住房公积金")), Set.of("怎么", "如何"));
		try (LuceneEngine engine = LuceneEngine.open(index, java.time.ZoneId.of("Asia/Shanghai"))) {
			engine.caching(false);
			List<List<String>> reference = pages(engine, mix, vocabulary);
			for (int i = 3; i < args.length; i++) {
				int rescored = Integer.parseInt(args[i]);
				engine.rescored(rescored);
				List<List<String>> pages = pages(engine, mix, vocabulary);
				int same = 0, sameSet = 0, sameFirst = 0;
				long shared = 0, shown = 0;
				for (int q = 0; q < mix.size(); q++) {
					List<String> a = reference.get(q), b = pages.get(q);
					same += a.equals(b) ? 1 : 0;
					sameSet += new HashSet<>(a).equals(new HashSet<>(b)) ? 1 : 0;
					sameFirst += a.isEmpty() || (!b.isEmpty() && a.get(0).equals(b.get(0))) ? 1 : 0;
					Set<String> common = new HashSet<>(a);
					common.retainAll(b);
					shared += common.size();
					shown += a.size();
				}
				System.out.printf("rescored %d against the engine's figure: %d queries, same page in the same order %d (%.1f %%),"
						+ " same ten hits %d (%.1f %%), same first hit %d (%.1f %%), hits shared %.1f %%%n", rescored, mix.size(), same,
						100.0 * same / mix.size(), sameSet, 100.0 * sameSet / mix.size(), sameFirst, 100.0 * sameFirst / mix.size(),
						100.0 * shared / Math.max(1, shown));
			}
		}
	}

	private static List<List<String>> pages(LuceneEngine engine, List<String> mix, Vocabulary vocabulary) {
		List<List<String>> pages = new ArrayList<>();
		for (String text : mix) {
			pages.add(engine.search(SearchQuery.of(text), vocabulary).hits().stream().map(SearchHit::id).toList());
		}
		return pages;
	}
}
