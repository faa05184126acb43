package org.govsite.search.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.govsite.search.SearchEntry;
import org.govsite.search.SearchHit;
import org.govsite.search.SearchQuery;
import org.govsite.search.SearchResults;
import org.govsite.search.SearchSort;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A large index searched in slices side by side answers as when searched in one piece. */
class SlicedSearchTests {

	@TempDir
	Path whole;

	@TempDir
	Path sliced;

	@Test
	void theSlicesAreAboutEqualAndHoldEveryEntryOnceInOrder() throws Exception {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory,
						new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
			for (int segment : new int[] { 700, 200, 100 }) {
				for (int i = 0; i < segment; i++) {
					writer.addDocument(new Document());
				}
				writer.commit();
			}
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				assertThat(reader.leaves()).hasSize(3);
				IndexSearcher.LeafSlice[] two = SliceSearchers.slices(reader.leaves(), 2, 1);
				assertThat(two).extracting(IndexSearcher.LeafSlice::getMaxDocs).containsExactly(500, 500);
				List<Integer> seen = new ArrayList<>();
				for (IndexSearcher.LeafSlice slice : two) {
					for (IndexSearcher.LeafReaderContextPartition part : slice.partitions) {
						for (int doc = part.minDocId; doc < SliceSearchers.end(part); doc++) {
							seen.add(part.ctx.docBase + doc);
						}
					}
				}
				assertThat(seen).hasSize(1000).isSorted().doesNotHaveDuplicates();
				assertThat(SliceSearchers.slices(reader.leaves(), 2, 5_000)).as("too small to cut").hasSize(1);
			}
		}
	}

	@Test
	void aSlicedIndexAnswersAsAWholeOne() throws Exception {
		try (LuceneEngine one = LuceneEngine.open(whole, TestClock.CHINA, Integer.MAX_VALUE);
				LuceneEngine two = LuceneEngine.open(sliced, TestClock.CHINA, 100)) {
			for (LuceneEngine engine : List.of(one, two)) {
				fill(engine);
				engine.caching(false);
			}
			assertThat((int) one.<Integer>withSearcher(searcher -> searcher.getSlices().length)).isEqualTo(1);
			assertThat((int) two.<Integer>withSearcher(searcher -> searcher.getSlices().length)).isGreaterThan(1);
			assertThat(two.countsBySite()).isEqualTo(one.countsBySite()).containsEntry(1L, 750L);
			for (String text : List.of("低保", "低保 申请", "城乡居民", "动态", "公积金", "")) {
				for (SearchQuery query : List.of(SearchQuery.of(text), SearchQuery.of(text).inSites(Set.of(2L)),
						new SearchQuery(text, Set.of(), Set.of(), Set.of(), null, null, SearchSort.DATE, 1, 10))) {
					SearchResults expected = one.search(query, Vocabulary.empty());
					SearchResults actual = two.search(query, Vocabulary.empty());
					assertThat(actual.hits()).extracting(SearchHit::id).as(query.toString())
						.containsExactlyElementsOf(expected.hits().stream().map(SearchHit::id).toList());
					assertThat(actual.total()).as(query.toString()).isEqualTo(expected.total());
					assertThat(actual.facets()).as(query.toString()).isEqualTo(expected.facets());
				}
			}
			// beyond the sample: estimated in windows of each slice, and the title matches rescored slice by slice
			for (LuceneEngine engine : List.of(one, two)) {
				engine.sample(320);
			}
			SearchResults expected = one.search(SearchQuery.of("低保"), Vocabulary.empty());
			SearchResults actual = two.search(SearchQuery.of("低保"), Vocabulary.empty());
			assertThat(actual.exact()).isFalse();
			assertThat(actual.total()).isBetween(1300L, 1700L);
			assertThat(actual.facets().sites()).extracting(SearchResults.FacetCount::count)
				.allSatisfy(count -> assertThat(count).as("each site about half").isBetween(600L, 900L));
			assertThat(actual.hits()).extracting(SearchHit::id).startsWith("e1205").doesNotContain("e1206")
				.containsExactlyElementsOf(expected.hits().stream().map(SearchHit::id).toList());
		}
	}

	/**
	 * 1,500 entries of two sites in three commits (three segments), one after another so that both
	 * indexes order them alike (ties go by that order); 30 carry the query in their title.
	 */
	private static void fill(LuceneEngine engine) {
		for (int batch = 0; batch < 3; batch++) {
			for (int i = batch * 500; i < (batch + 1) * 500; i++) {
				boolean titled = i >= 1200 && i < 1230;
				String body = i == 1205 || i == 1206 ? "低保标准提高，低保对象扩大，低保申请简化。"
						: i % 7 == 0 ? "住房公积金提取按照要求办理。" : "城乡居民低保工作按照要求办理，第" + i + "号。";
				SearchEntry.Disclosure repealed = i == 1206
						? new SearchEntry.Disclosure("X-1206", null, "办公室", "综合", "已废止", false) : null;
				String title = titled ? "低保工作的通知" : "工作动态第" + (1000 + i) + "期";
				engine.put(LuceneEngineTests.entry("e" + i, i % 2 + 1, i % 2 == 0 ? 11 : 21, title, body, repealed), 1, false);
			}
			engine.commit();
		}
	}
}
