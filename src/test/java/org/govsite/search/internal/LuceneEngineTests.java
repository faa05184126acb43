package org.govsite.search.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.govsite.search.SearchEntry;
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
}
