package org.govsite.search.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.govsite.search.SearchEntry;
import org.govsite.search.SearchHit;
import org.govsite.search.SearchQuery;
import org.govsite.search.SearchResults;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine alone: facets, 文号 with or without brackets, traditional queries, repealed documents lower, reopening. */
class LuceneEngineTests {

	@TempDir
	Path folder;

	static SearchEntry entry(String id, long site, long channel, String title, String body, SearchEntry.Disclosure disclosure) {
		return new SearchEntry(id, id, "POLICY", site, List.of(new SearchEntry.Channel(channel, "栏目" + channel)), title, body,
				null, null, Instant.parse("2026-03-01T00:00:00Z"), disclosure, "/" + id + ".html", null);
	}

	@Test
	void findsByFacetsDocumentNumbersAndTraditionalCharacters() throws Exception {
		try (LuceneEngine engine = LuceneEngine.open(folder, TestClock.CHINA)) {
			engine.put(entry("a", 1, 11, "关于住房公积金提取的通知", "职工提取住房公积金的条件。",
					new SearchEntry.Disclosure("X-1", "深府办〔2020〕11号", "办公室", "综合", "有效", true)), 1, true);
			engine.put(entry("b", 2, 21, "关于住房公积金贷款的通知", "住房公积金贷款额度。",
					new SearchEntry.Disclosure("X-2", "深府办〔2019〕3号", "办公室", "综合", "已废止", false)), 1, true);
			engine.put(entry("c", 2, 22, "住房公积金缴存比例的通知", "公积金缴存。", null), 1, true);

			SearchResults all = engine.search(SearchQuery.of("住房公积金"), Vocabulary.empty());
			assertThat(all.total()).isEqualTo(3);
			assertThat(all.facets().sites()).extracting(SearchResults.FacetCount::value).containsExactly("2", "1");
			assertThat(all.facets().channels()).hasSize(3);
			assertThat(all.hits().get(2).id()).as("the repealed one last").isEqualTo("b");
			SearchResults narrowed = engine.search(SearchQuery.of("住房公积金").inSites(java.util.Set.of(2L)), Vocabulary.empty());
			assertThat(narrowed.facets().channels()).extracting(SearchResults.FacetCount::value).containsExactlyInAnyOrder("21", "22");

			assertThat(engine.search(SearchQuery.of("深府办2020 11号"), Vocabulary.empty()).hits().get(0).id()).isEqualTo("a");
			assertThat(engine.search(SearchQuery.of("深府办[2020]11号"), Vocabulary.empty()).hits().get(0).id()).isEqualTo("a");
			assertThat(engine.search(SearchQuery.of("住房公積金提取"), Vocabulary.empty()).hits().get(0).id()).isEqualTo("a");
			assertThat(engine.search(SearchQuery.of("zhufanggongjijin"), Vocabulary.empty()).suggestion()).isEqualTo("住房公积金");
		}
		try (LuceneEngine reopened = LuceneEngine.open(folder, TestClock.CHINA)) {
			assertThat(reopened.fresh()).isFalse();
			assertThat(reopened.size()).isEqualTo(3);
		}
	}

	/**
	 * A document released again (DocumentIndexer) replaces its entries in one commit: deleting them
	 * and adding the new ones as two commits let a query in between miss the document altogether.
	 */
	@Test
	void replacesASourcesEntriesInOneCommit() throws Exception {
		try (LuceneEngine engine = LuceneEngine.open(folder, TestClock.CHINA)) {
			engine.put(placement("doc-7@1", "doc-7", 1, 11, "住房公积金提取的通知"), 1, true);
			engine.put(placement("doc-7@2", "doc-7", 2, 21, "住房公积金提取的通知"), 1, true);
			engine.put(placement("doc-8@1", "doc-8", 1, 11, "住房公积金贷款的通知"), 1, true);
			long before = lastCommit();

			engine.replaceSource("doc-7", List.of(placement("doc-7@1", "doc-7", 1, 12, "住房公积金提取办法")), 1, true);

			assertThat(lastCommit()).as("commits made by the replacement").isEqualTo(before + 1);
			SearchResults found = engine.search(SearchQuery.of("住房公积金"), Vocabulary.empty());
			assertThat(found.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("doc-7@1", "doc-8@1");
			assertThat(found.hits()).filteredOn(hit -> hit.id().equals("doc-7@1")).extracting(SearchHit::title)
				.containsExactly("<mark>住房公积金</mark>提取办法");

			engine.replaceSource("doc-7", List.of(), 1, true);
			assertThat(engine.search(SearchQuery.of("住房公积金"), Vocabulary.empty()).hits()).extracting(SearchHit::id)
				.containsExactly("doc-8@1");
		}
	}

	private static SearchEntry placement(String id, String source, long site, long channel, String title) {
		SearchEntry entry = entry(id, site, channel, title, "正文。", null);
		return new SearchEntry(id, source, entry.kind(), site, entry.channels(), title, entry.body(), null, null, entry.date(), null,
				entry.url(), null);
	}

	private long lastCommit() throws java.io.IOException {
		try (var directory = org.apache.lucene.store.FSDirectory.open(folder)) {
			return org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getGeneration();
		}
	}

	@Test
	void countsTheEntriesOfEverySite() throws Exception {
		try (LuceneEngine engine = LuceneEngine.open(folder, TestClock.CHINA)) {
			engine.put(entry("a", 1, 11, "关于住房公积金提取的通知", "正文。", null), 1, true);
			engine.put(entry("b", 2, 21, "住房公积金贷款的通知", "正文。", null), 1, true);
			engine.put(entry("c", 2, 22, "住房公积金缴存比例的通知", "正文。", null), 1, true);
			assertThat(engine.countsBySite()).isEqualTo(java.util.Map.of(1L, 1L, 2L, 2L));
		}
	}

	@Test
	void suggestsFromTheIndexsOwnWords() throws Exception {
		try (LuceneEngine engine = LuceneEngine.open(folder, TestClock.CHINA)) {
			suggestsFromTheIndexsOwnWords(engine);
		}
	}

	/** 您是不是要找 on any engine (the OpenSearch tests run it too): pinyin, one wrong character, nothing like it. */
	static void suggestsFromTheIndexsOwnWords(SearchEngine engine) {
		engine.put(entry("a", 1, 11, "关于住房公积金提取的通知", "职工提取住房公积金的条件。", null), 1, true);
		engine.put(entry("b", 1, 11, "社会保险缴费基数调整的通知", "参保单位按月缴纳社会保险费。", null), 1, true);
		engine.put(entry("c", 1, 12, "居民身份证办理指南", "办理居民身份证须本人到场。", null), 1, true);

		SearchResults pinyin = engine.search(SearchQuery.of("zhufang gongjijin"), Vocabulary.empty());
		assertThat(pinyin.suggestion()).isEqualTo("住房公积金");
		assertThat(pinyin.hits()).extracting(SearchHit::id).containsExactly("a");

		// a query with a right pair in three is found as typed; these have none
		SearchResults mistyped = engine.search(SearchQuery.of("公机金"), Vocabulary.empty());
		assertThat(mistyped.suggestion()).isEqualTo("公积金");
		assertThat(mistyped.hits()).extracting(SearchHit::id).containsExactly("a");
		assertThat(engine.search(SearchQuery.of("身分证"), Vocabulary.empty()).suggestion()).isEqualTo("身份证");

		assertThat(engine.search(SearchQuery.of("住房公积金"), Vocabulary.empty()).suggestion()).as("found as typed").isNull();
		SearchResults unlike = engine.search(SearchQuery.of("天气预报"), Vocabulary.empty());
		assertThat(unlike.total()).isZero();
		assertThat(unlike.suggestion()).isNull();

		engine.put(entry("d", 2, 21, "住房租赁补贴申请", "申请住房租赁补贴。", null), 1, true);
		engine.forgetWords();
		assertThat(engine.search(SearchQuery.of("zulin butie"), Vocabulary.empty()).suggestion()).as("new title words after a rebuild")
			.isEqualTo("租赁补贴");
	}

	@Test
	void aRepeatedSearchIsAnsweredAgainOnceTheIndexChanges() throws Exception {
		try (LuceneEngine engine = LuceneEngine.open(folder, TestClock.CHINA)) {
			engine.put(entry("a", 1, 11, "关于住房公积金提取的通知", "职工提取住房公积金的条件。", null), 1, true);
			SearchResults first = engine.search(SearchQuery.of("住房公积金"), Vocabulary.empty());
			assertThat(engine.search(SearchQuery.of("住房公积金"), Vocabulary.empty())).as("kept while the index is unchanged")
				.isSameAs(first);
			assertThat(engine.search(SearchQuery.of("住房公积金").inSites(java.util.Set.of(2L)), Vocabulary.empty()).total())
				.as("another filter is another answer").isZero();

			engine.put(entry("b", 2, 21, "住房公积金贷款的通知", "住房公积金贷款额度。", null), 1, true);
			SearchResults changed = engine.search(SearchQuery.of("住房公积金"), Vocabulary.empty());
			assertThat(changed.total()).isEqualTo(2);
			assertThat(changed.facets().channels()).extracting(SearchResults.FacetCount::value).containsExactlyInAnyOrder("11", "21");
			engine.delete("b");
			assertThat(engine.search(SearchQuery.of("住房公积金"), Vocabulary.empty()).total()).as("a withdrawal shows at once")
				.isEqualTo(1);
		}
	}

	@Test
	void withManyMatchesTheTotalAndFacetsAreEstimatedAndTheTitleMatchesRanked() throws Exception {
		try (LuceneEngine engine = LuceneEngine.open(folder, TestClock.CHINA)) {
			// written site after site, as a rebuild writes: 600 entries of site 1, then 600 of site 2
			try (BulkLoad load = engine.bulkLoad(1)) {
				for (int i = 0; i < 1200; i++) {
					String title = i == 900 ? "低保申请的通知" : "工作动态第" + i + "期";
					load.add(entry("e" + i, i < 600 ? 1 : 2, i < 600 ? 11 : 21, title, "城乡居民低保工作按照要求办理。", null));
				}
			}
			engine.commit();
			SearchResults exact = engine.search(SearchQuery.of("低保"), Vocabulary.empty());
			assertThat(exact.exact()).isTrue();
			assertThat(exact.total()).isEqualTo(1200);
			assertThat(exact.hits().get(0).id()).isEqualTo("e900");

			engine.caching(false);
			engine.sample(320);
			SearchResults sampled = engine.search(SearchQuery.of("低保"), Vocabulary.empty());
			assertThat(sampled.exact()).as("1,200 matches, a sample of 320").isFalse();
			assertThat(sampled.total()).isBetween(1100L, 1300L);
			assertThat(sampled.facets().sites()).extracting(SearchResults.FacetCount::count)
				.allSatisfy(count -> assertThat(count).as("each site about half").isBetween(500L, 700L));
			assertThat(sampled.hits().get(0).id()).as("the one with the words in its title first").isEqualTo("e900");
			assertThat(sampled.hits()).hasSize(10);
			assertThat(engine.search(SearchQuery.of("低保").inSites(java.util.Set.of(1L)), Vocabulary.empty()).total())
				.as("site 1 alone: 600 matches, still above the sample").isBetween(520L, 680L);
			assertThat(engine.search(SearchQuery.of("申请"), Vocabulary.empty()).exact()).as("few matches: exact").isTrue();
		}
	}

	@Test
	void withManyMatchesTheTitleMatchesAreOrderedByTheWholeQueryAndTheirWeight() throws Exception {
		try (LuceneEngine engine = LuceneEngine.open(folder, TestClock.CHINA)) {
			try (BulkLoad load = engine.bulkLoad(1)) {
				for (int i = 0; i < 1200; i++) {
					boolean titled = i >= 900 && i < 930;
					String body = i == 905 || i == 906 ? "低保标准提高，低保对象扩大，低保申请简化。" : "城乡居民低保工作按照要求办理。";
					SearchEntry.Disclosure repealed = i == 906
							? new SearchEntry.Disclosure("X-906", null, "办公室", "综合", "已废止", false) : null;
					load.add(entry("e" + i, 1, 11, titled ? "低保工作的通知" : "工作动态第" + (1000 + i) + "期", body, repealed));
				}
			}
			engine.commit();
			engine.caching(false);
			engine.sample(320);
			SearchResults sampled = engine.search(SearchQuery.of("低保"), Vocabulary.empty());
			assertThat(sampled.exact()).isFalse();
			assertThat(sampled.hits()).hasSize(10);
			assertThat(sampled.hits()).extracting(SearchHit::id)
				.as("the titles carry the query alike: the body decides, and the repealed one drops")
				.startsWith("e905")
				.doesNotContain("e906")
				.allSatisfy(id -> assertThat(Integer.parseInt(id.substring(1))).isBetween(900, 929));
		}
	}
}
