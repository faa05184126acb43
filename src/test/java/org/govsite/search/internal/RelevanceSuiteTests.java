package org.govsite.search.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsite.search.SearchHit;
import org.govsite.search.SearchQuery;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relevance suite: 44 queries over the articles of the real regulations, judged, scored by
 * nDCG@10 and MRR@10 for each analysis (pairs, words, both). The default must keep the figures
 * recorded in docs/search.md and measure at least as well as either view alone.
 */
class RelevanceSuiteTests {

	/** The figures reached (docs/search.md); a change of analysis or ranking must not fall below them. */
	static final double NDCG_FLOOR = 0.955;

	static final double MRR_FLOOR = 0.975;

	@TempDir
	static Path folder;

	static LuceneEngine engine;

	static List<RegulationCorpus.Article> articles;

	static Vocabulary vocabulary;

	record Judged(String query, List<List<String>> rule) {

		boolean relevant(String text) {
			return rule.stream().anyMatch(all -> all.stream().allMatch(text::contains));
		}
	}

	record Score(double ndcg, double mrr) {
	}

	@BeforeAll
	static void index() throws IOException {
		Path regulations = RegulationCorpus.folder().orElse(null);
		Assumptions.assumeTrue(regulations != null, "the regulations folder ../shared/regulations is not beside the repository");
		articles = RegulationCorpus.articles(regulations);
		engine = LuceneEngine.open(folder.resolve("index"), TestClock.CHINA);
		articles.forEach(article -> engine.put(article.entry(), 1, false));
		engine.commit();
		vocabulary = defaultVocabulary();
	}

	@AfterAll
	static void close() throws IOException {
		if (engine != null) {
			engine.close();
		}
	}

	@Test
	void theDefaultAnalysisFindsWhatPeopleMean() throws IOException {
		meetsTheFloors(engine, articles, vocabulary);
	}

	/**
	 * What the combined fields find ({@link QueryPlanner.Plan#found}, for the total, the facets and
	 * the title stage) is exactly what the ranked query matches, in every analysis mode: over the
	 * suite's queries and quoted, 文号, stop-word and synonym queries beside them.
	 */
	@Test
	void theCombinedFieldsFindExactlyWhatTheRankedQueryMatches() throws IOException {
		List<String> texts = new ArrayList<>(queries().stream().map(Judged::query).toList());
		texts.addAll(List.of("\"政府网站\"", "\"网站管理\" 域名", "网站 \"政府网站\"", "网站 域名", "如何办理", "医保", "网站 的", "深府办〔2020〕11号", "市徽", "第十二条"));
		int compared = 0;
		int narrowed = 0;
		int everyNarrower = 0;
		for (AnalysisMode mode : AnalysisMode.values()) {
			QueryPlanner planner = new QueryPlanner(ChineseAnalyzers.bigrams(), ChineseAnalyzers.words(), mode);
			for (String text : texts) {
				QueryPlanner.Plan plan = planner.plan(text, vocabulary);
				Set<Integer> ranked = engine.withSearcher(searcher -> matches(searcher, plan.query()));
				Set<Integer> found = engine.withSearcher(searcher -> matches(searcher, plan.found()));
				assertThat(found).as(mode + " " + text).isEqualTo(ranked);
				// the title stage's matches: those of the title query that the whole query matches
				Set<Integer> titled = engine.withSearcher(searcher -> matches(searcher, plan.titled()));
				int titles = titled.size();
				titled.retainAll(ranked);
				narrowed += titled.size() < titles ? 1 : 0;
				Set<Integer> titledMatches = engine.withSearcher(searcher -> matches(searcher, plan.titledMatches()));
				assertThat(titledMatches).as(mode + " titled " + text).isEqualTo(titled);
				// a title carrying every part is a match by itself, and one of the title matches
				Set<Integer> every = engine.withSearcher(searcher -> matches(searcher, plan.titledEvery()));
				assertThat(titledMatches).as(mode + " every part titled " + text).containsAll(every);
				everyNarrower += every.size() < titledMatches.size() ? 1 : 0;
				compared += ranked.isEmpty() ? 0 : 1;
			}
		}
		assertThat(compared).as("queries that match something").isGreaterThan(100);
		assertThat(narrowed).as("queries of several parts whose title matches the whole query narrows").isGreaterThan(0);
		assertThat(everyNarrower).as("queries whose titles carry some parts but not all").isGreaterThan(0);
	}

	private static Set<Integer> matches(org.apache.lucene.search.IndexSearcher searcher, org.apache.lucene.search.Query query)
			throws IOException {
		Set<Integer> docs = new java.util.HashSet<>();
		for (org.apache.lucene.search.ScoreDoc doc : searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
			docs.add(doc.doc);
		}
		return docs;
	}

	/** The suite's queries, judged and scored on the engine (any: the OpenSearch tests run it too). */
	static void meetsTheFloors(SearchEngine engine, List<RegulationCorpus.Article> articles, Vocabulary vocabulary)
			throws IOException {
		List<Judged> queries = queries();
		assertThat(queries).hasSizeGreaterThanOrEqualTo(40);
		Map<AnalysisMode, Score> scores = new EnumMap<>(AnalysisMode.class);
		for (AnalysisMode mode : AnalysisMode.values()) {
			scores.put(mode, score(engine, articles, vocabulary, mode, queries, mode == AnalysisMode.COMBINED));
		}
		scores.forEach((mode, score) -> System.out.printf("relevance %s %-8s nDCG@10 %.4f  MRR@10 %.4f%n",
				engine.getClass().getSimpleName(), mode, score.ndcg(), score.mrr()));
		Score chosen = scores.get(AnalysisMode.COMBINED);
		assertThat(chosen.ndcg()).as("nDCG@10").isGreaterThanOrEqualTo(NDCG_FLOOR);
		assertThat(chosen.mrr()).as("MRR@10").isGreaterThanOrEqualTo(MRR_FLOOR);
		assertThat(chosen.ndcg()).as("better than pairs alone").isGreaterThanOrEqualTo(scores.get(AnalysisMode.BIGRAMS).ndcg());
		assertThat(chosen.ndcg()).as("better than words alone").isGreaterThanOrEqualTo(scores.get(AnalysisMode.WORDS).ndcg());
	}

	private static Score score(SearchEngine engine, List<RegulationCorpus.Article> articles, Vocabulary vocabulary,
			AnalysisMode mode, List<Judged> queries, boolean report) {
		engine.mode(mode);
		double ndcg = 0;
		double mrr = 0;
		for (Judged judged : queries) {
			Set<String> relevant = new LinkedHashSet<>();
			for (RegulationCorpus.Article article : articles) {
				if (judged.relevant(article.judgedText())) {
					relevant.add(article.entry().id());
				}
			}
			assertThat(relevant).as("the judgment of " + judged.query() + " names at least one article").isNotEmpty();
			List<SearchHit> hits = engine.search(SearchQuery.of(judged.query()).page(1, 10), vocabulary).hits();
			double dcg = 0;
			double reciprocal = 0;
			for (int i = 0; i < hits.size(); i++) {
				if (relevant.contains(hits.get(i).id())) {
					dcg += 1 / log2(i + 2);
					if (reciprocal == 0) {
						reciprocal = 1.0 / (i + 1);
					}
				}
			}
			double ideal = 0;
			for (int i = 0; i < Math.min(10, relevant.size()); i++) {
				ideal += 1 / log2(i + 2);
			}
			ndcg += dcg / ideal;
			mrr += reciprocal;
			if (report && dcg / ideal < 0.9) {
				System.out.printf("relevance weak: %s nDCG %.2f first %s%n", judged.query(), dcg / ideal,
						hits.isEmpty() ? "-" : hits.get(0).plainTitle());
			}
		}
		engine.mode(AnalysisMode.COMBINED);
		return new Score(ndcg / queries.size(), mrr / queries.size());
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

	static List<Judged> queries() throws IOException {
		List<Judged> queries = new ArrayList<>();
		try (var in = RelevanceSuiteTests.class.getResourceAsStream("/search/relevance-queries.tsv")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t");
				List<List<String>> rule = new ArrayList<>();
				for (String alternative : columns[1].split("\\|\\|")) {
					rule.add(List.of(alternative.split("&&")).stream().map(String::strip).map(SearchText::normalize).toList());
				}
				queries.add(new Judged(columns[0].strip(), rule));
			}
		}
		return queries;
	}

	/** The synonyms and stop words a new installation starts with, from their migration. */
	static Vocabulary defaultVocabulary() throws IOException {
		String sql = Files.readString(Path.of("src/main/resources/db/migration/search/V2026_12_06_1700__search_vocabulary.sql"));
		List<Set<String>> groups = new ArrayList<>();
		for (String line : between(sql, "('synonyms', '", "'),").split("\\R")) {
			Set<String> group = Vocabulary.group(line);
			if (group.size() > 1) {
				groups.add(group);
			}
		}
		Set<String> stops = new LinkedHashSet<>();
		for (String line : between(sql, "('stop_words', '", "'),").split("\\R")) {
			if (!line.isBlank()) {
				stops.add(SearchText.normalize(line.strip()));
			}
		}
		return new Vocabulary(groups, stops);
	}

	private static String between(String text, String start, String end) {
		int from = text.indexOf(start) + start.length();
		return text.substring(from, text.indexOf(end, from));
	}
}
