package org.govsite.search.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.govsite.search.SearchEntry;
import org.govsite.search.SearchHit;
import org.govsite.search.SearchQuery;
import org.govsite.search.SearchResults;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenSearch engine against a real node (one for the class): the relevance suite with the
 * embedded engine's floors, and writes, deletes and counts. Skipped only when the distribution
 * is not in the local Maven repository (see README, Search on OpenSearch).
 */
class OpenSearchEngineTests {

	static OpenSearchNode node;

	@BeforeAll
	static void start() throws IOException, InterruptedException {
		node = OpenSearchNode.startOrSkip();
	}

	@AfterAll
	static void stop() {
		if (node != null) {
			node.close();
		}
	}

	@Test
	void theRelevanceSuiteMeetsTheEmbeddedEnginesFloors() throws IOException {
		Path regulations = RegulationCorpus.folder().orElse(null);
		Assumptions.assumeTrue(regulations != null, "the regulations folder ../shared/regulations is not beside the repository");
		List<RegulationCorpus.Article> articles = RegulationCorpus.articles(regulations);
		try (OpenSearchEngine engine = OpenSearchEngine.open(node.url(), "relevance", TestClock.CHINA)) {
			articles.forEach(article -> engine.put(article.entry(), 1, false));
			engine.commit();
			assertThat(engine.size()).isEqualTo(articles.size());
			RelevanceSuiteTests.meetsTheFloors(engine, articles, RelevanceSuiteTests.defaultVocabulary());
		}
	}

	@Test
	void writesDeletesAndCountsAreSeenByTheNextQuery() {
		try (OpenSearchEngine engine = OpenSearchEngine.open(node.url(), "roundtrip", TestClock.CHINA)) {
			assertThat(engine.fresh()).isTrue();
			Vocabulary none = new Vocabulary(List.of(), java.util.Set.of());
			engine.put(entry("doc:1@1", "doc:1", 1, "深圳市政府网站管理办法", true), 1, true);
			engine.put(entry("doc:1@2", "doc:1", 2, "深圳市政府网站管理办法", true), 1, true);
			engine.put(entry("doc:2@1", "doc:2", 1, "政务新媒体运营规定", false), 1, true);
			assertThat(engine.size()).isEqualTo(3);
			assertThat(engine.countsBySite()).isEqualTo(Map.of(1L, 2L, 2L, 1L));

			SearchResults found = engine.search(SearchQuery.of("网站管理").inSites(java.util.Set.of(1L)), none);
			assertThat(found.total()).isEqualTo(1);
			SearchHit hit = found.hits().getFirst();
			assertThat(hit.id()).isEqualTo("doc:1@1");
			assertThat(hit.title()).contains("<mark>网站管理</mark>");
			assertThat(hit.channels()).containsExactly(new SearchEntry.Channel(7, "政策文件"));
			assertThat(hit.documentNumber()).isEqualTo("深府〔2020〕1号");
			assertThat(found.facets().sites()).containsExactly(new SearchResults.FacetCount("1", 1));
			assertThat(found.facets().years()).containsExactly(new SearchResults.FacetCount("2020", 1));

			engine.put(entry("doc:1@1", "doc:1", 1, "深圳市政府网站管理办法（修订）", true), 2, true);
			assertThat(engine.size()).as("the same id replaces").isEqualTo(3);
			assertThat(engine.search(SearchQuery.of("修订"), none).hits()).extracting(SearchHit::id).containsExactly("doc:1@1");

			engine.delete("doc:2@1");
			assertThat(engine.search(SearchQuery.of("新媒体"), none).total()).isZero();
			engine.deleteSource("doc:1");
			assertThat(engine.size()).isZero();
			assertThat(engine.countsBySite()).isEmpty();
		}
		try (OpenSearchEngine reopened = OpenSearchEngine.open(node.url(), "roundtrip", TestClock.CHINA)) {
			assertThat(reopened.fresh()).as("an existing index is kept").isFalse();
		}
	}

	@Test
	void aRepealedEntryRanksBelowTheSameTextInForce() {
		try (OpenSearchEngine engine = OpenSearchEngine.open(node.url(), "weight", TestClock.CHINA)) {
			Vocabulary none = new Vocabulary(List.of(), java.util.Set.of());
			engine.put(entry("old", "old", 1, "网站集约化管理办法", false), 1, false);
			engine.put(entry("new", "new", 1, "网站集约化管理办法", true), 1, false);
			engine.commit();
			assertThat(engine.search(SearchQuery.of("集约化"), none).hits()).extracting(SearchHit::id)
				.containsExactly("new", "old");
		}
	}

	@Test
	void suggestsFromTheIndexsOwnWordsAsTheEmbeddedEngineDoes() {
		try (OpenSearchEngine engine = OpenSearchEngine.open(node.url(), "suggest", TestClock.CHINA)) {
			LuceneEngineTests.suggestsFromTheIndexsOwnWords(engine);
		}
	}

	/** Answers are kept by the node's request cache, which a change (a refresh) renews. */
	@Test
	void aRepeatedSearchIsKeptByTheNodeUntilTheIndexChanges() throws Exception {
		try (OpenSearchEngine engine = OpenSearchEngine.open(node.url(), "cached", TestClock.CHINA)) {
			engine.put(entry("doc:1@1", "doc:1", 1, "深圳市政府网站管理办法", true), 1, true);
			SearchResults first = engine.search(SearchQuery.of("网站管理"), Vocabulary.empty());
			long hits = cacheHits("cached");
			assertThat(engine.search(SearchQuery.of("网站管理"), Vocabulary.empty()).hits()).isEqualTo(first.hits());
			assertThat(cacheHits("cached")).as("the repeated search answered from the cache").isGreaterThan(hits);

			engine.put(entry("doc:2@1", "doc:2", 1, "政府网站管理考核细则", true), 1, true);
			assertThat(engine.search(SearchQuery.of("网站管理"), Vocabulary.empty()).total()).isEqualTo(2);
		}
	}

	private static long cacheHits(String index) throws IOException, InterruptedException {
		try (HttpClient http = HttpClient.newHttpClient()) {
			String stats = http.send(HttpRequest.newBuilder(node.url().resolve("/" + index + "/_stats/request_cache")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			return JsonMapper.builder().build().readTree(stats).path("_all").path("total").path("request_cache")
				.path("hit_count").asLong();
		}
	}

	@Test
	void theConfiguredEngineIsRebuiltByGenerations() throws IOException {
		SearchProperties properties = new SearchProperties(org.springframework.util.unit.DataSize.ofMegabytes(20),
				java.time.Duration.ofSeconds(20), 200_000, 120, true, "", "opensearch",
				new SearchProperties.OpenSearch(node.url().toString(), "rebuild-"), true);
		org.govsite.platform.GovSiteProperties platform = new org.govsite.platform.GovSiteProperties(
				org.govsite.platform.DeploymentRole.ALL, Path.of("target"), "http://localhost:8080", TestClock.CHINA);
		try (SearchEngine engine = SearchEngines.open(platform, properties)) {
			assertThat(engine).isInstanceOf(OpenSearchEngine.class);
			assertThat(engine.fresh()).isTrue();
			engine.put(entry("kept", "kept", 1, "政府网站年度报表", true), 1, true);
			engine.put(entry("gone", "gone", 1, "已删除的网站栏目", true), 1, true);
			try (BulkLoad load = engine.bulkLoad(2)) {
				for (int i = 0; i < 700; i++) {
					load.add(entry("kept" + (i == 0 ? "" : "-" + i), "kept", 1, "政府网站年度报表", true));
				}
			}
			engine.deleteOlderThan(2, java.util.Set.of("DOCUMENT"));
			engine.commit();
			assertThat(engine.size()).isEqualTo(700);
			assertThat(engine.search(SearchQuery.of("栏目"), new Vocabulary(List.of(), java.util.Set.of())).total()).isZero();
			assertThat(engine.lastChange()).isNotNull();
		}
	}

	@Test
	void writesAreRepeatedWhileTheNodeIsBusyOrUnreachable() throws Exception {
		try (FlakyProxy proxy = new FlakyProxy(node.url());
				OpenSearchEngine engine = OpenSearchEngine.open(proxy.url(), "flaky", TestClock.CHINA, FAST_BACKOFF)) {
			proxy.failNext(503, 429);
			engine.put(entry("busy", "busy", 1, "政府网站年度报表", true), 1, true);
			assertThat(proxy.refused()).as("two refusals, then the write went through").isEqualTo(2);

			proxy.bulkItemsTooManyNext(1);
			engine.put(entry("queued", "queued", 1, "政务新媒体运营规定", true), 1, false);
			engine.commit();
			assertThat(proxy.refused()).as("a bulk whose items were refused with 429 is sent again").isEqualTo(3);

			proxy.downFor(java.time.Duration.ofMillis(300));
			engine.delete("busy");
			assertThat(engine.size()).isEqualTo(1);

			proxy.failNext(503);
			assertThat(org.assertj.core.api.Assertions.catchThrowable(
					() -> engine.search(SearchQuery.of("新媒体"), new Vocabulary(List.of(), java.util.Set.of()))))
				.as("a search is not repeated: the visitor is waiting").isInstanceOf(OpenSearchEngine.Unavailable.class);
		}
	}

	@Test
	void aWriteFailsOnceTheRepeatsAreSpent() throws Exception {
		try (FlakyProxy proxy = new FlakyProxy(node.url());
				OpenSearchEngine engine = OpenSearchEngine.open(proxy.url(), "spent", TestClock.CHINA, FAST_BACKOFF)) {
			proxy.failNext(503, 503, 503, 503, 503);
			assertThat(org.assertj.core.api.Assertions.catchThrowable(
					() -> engine.put(entry("never", "never", 1, "政府网站年度报表", true), 1, true)))
				.isInstanceOf(OpenSearchEngine.Unavailable.class);
			assertThat(proxy.refused()).as("the first try and four repeats").isEqualTo(5);
			assertThat(engine.size()).isZero();
		}
	}

	@Test
	void aNodeNotUpAtStartIsTriedAgainUntilItIs() throws Exception {
		try (FlakyProxy proxy = new FlakyProxy(node.url())) {
			proxy.down();
			java.util.concurrent.CompletableFuture<SearchEngine> opened = new java.util.concurrent.CompletableFuture<>();
			try (EngineConnection connection = new EngineConnection(
					() -> OpenSearchEngine.open(proxy.url(), "late", TestClock.CHINA, FAST_BACKOFF), FAST_BACKOFF,
					opened::complete)) {
				assertThat(org.assertj.core.api.Assertions.catchThrowable(connection::engine))
					.as("search answers 503 while the node is not reached")
					.isInstanceOfSatisfying(org.govsite.search.SearchUnavailable.class,
							unavailable -> assertThat(unavailable.messageKey()).isEqualTo("search.connecting"));
				Thread.sleep(300);
				assertThat(opened).as("still trying, nothing opened").isNotDone();

				proxy.up();
				SearchEngine engine = opened.get(30, java.util.concurrent.TimeUnit.SECONDS);
				assertThat(connection.engine()).isSameAs(engine);
				assertThat(engine.fresh()).isTrue();
				engine.put(entry("late", "late", 1, "政府网站年度报表", true), 1, true);
				assertThat(engine.size()).isEqualTo(1);
			}
		}
	}

	/** Shorter than the engine's own, and long enough in all (2 s) for the proxy to listen again after 300 ms. */
	static final List<java.time.Duration> FAST_BACKOFF = List.of(java.time.Duration.ofMillis(50),
			java.time.Duration.ofMillis(100), java.time.Duration.ofMillis(400), java.time.Duration.ofMillis(1600));

	private static SearchEntry entry(String id, String source, long site, String title, boolean valid) {
		return new SearchEntry(id, source, "DOCUMENT", site, List.of(new SearchEntry.Channel(7, "政策文件")), title,
				"为规范" + title + "，制定本办法。", null, null, Instant.parse("2020-06-01T00:00:00Z"),
				new SearchEntry.Disclosure("11440300-2020-00001", "深府〔2020〕1号", "深圳市人民政府", "政务公开",
						valid ? "有效" : "已废止", valid),
				"/doc/" + id + ".html", null);
	}
}
