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
 * How far the title stage's first pages are from ranking every match with the whole query: over
 * {@link SearchBenchmark}'s mix on a kept index, each query's page (10 hits) as the engine gives it
 * against the page when all matches are ranked, per kind of query. Usage: INDEX queries seed.
 */
public final class SearchTitleStageCheck {

	private static final String[] KINDS = { "one word", "one word", "two words", "question", "文号", "mistyped" };

	public static void main(String[] args) throws Exception {
		List<String> mix = SearchBenchmark.mix(Integer.parseInt(args[1]), new Random(Long.parseLong(args[2])));
		Vocabulary vocabulary = new Vocabulary(List.of(Set.of("医保", "医疗保险"), Set.of("公积金", "住房公积金")), Set.of("怎么", "如何"));
		try (LuceneEngine engine = LuceneEngine.open(Path.of(args[0]), java.time.ZoneId.of("Asia/Shanghai"))) {
			engine.caching(false);
			List<List<String>> staged = pages(engine, mix, vocabulary);
			engine.rankedExactly(Integer.MAX_VALUE);
			List<List<String>> ranked = pages(engine, mix, vocabulary);
			int[] same = new int[KINDS.length], first = new int[KINDS.length], queries = new int[KINDS.length];
			long[] shared = new long[KINDS.length], shown = new long[KINDS.length];
			for (int q = 0; q < mix.size(); q++) {
				int kind = q % KINDS.length;
				List<String> a = ranked.get(q), b = staged.get(q);
				queries[kind]++;
				same[kind] += a.equals(b) ? 1 : 0;
				first[kind] += a.isEmpty() || (!b.isEmpty() && a.get(0).equals(b.get(0))) ? 1 : 0;
				Set<String> common = new HashSet<>(a);
				common.retainAll(b);
				shared[kind] += common.size();
				shown[kind] += a.size();
			}
			for (int kind = 1; kind < KINDS.length; kind++) {
				System.out.printf("%-9s %3d queries: page as when every match is ranked %3d, same first hit %3d, hits shared %.1f %%%n",
						KINDS[kind], queries[kind] + (kind == 1 ? queries[0] : 0), same[kind] + (kind == 1 ? same[0] : 0),
						first[kind] + (kind == 1 ? first[0] : 0),
						100.0 * (shared[kind] + (kind == 1 ? shared[0] : 0)) / Math.max(1, shown[kind] + (kind == 1 ? shown[0] : 0)));
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
