package org.govsite.search.internal;

import java.io.Closeable;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.govsite.search.SearchEntry;
import org.govsite.search.SearchQuery;
import org.govsite.search.SearchResults;
import org.jspecify.annotations.Nullable;

/**
 * What an index engine does for search: Lucene embedded ({@link LuceneEngine}) or an OpenSearch
 * node ({@link OpenSearchEngine}). Both analyze with {@link ChineseAnalyzers} and plan queries
 * with {@link QueryPlanner}, so that the relevance suite judges either by the same queries, and
 * both suggest with the one {@link Suggester} over their index's words.
 */
public interface SearchEngine extends Closeable {

	/** Whether the index was missing, damaged or of another schema when opened, and must be rebuilt. */
	boolean fresh();

	/** Which views of the text queries use. */
	void mode(AnalysisMode analysis);

	/** Adds or replaces the entry; visible at once with {@code commit}, else at {@link #commit()}. */
	void put(SearchEntry entry, long generation, boolean commit);

	void delete(String id);

	void deleteSource(String source);

	/**
	 * Replaces every entry of the source by these; visible at once with {@code commit}. By default one
	 * change after another, which a query may see half done.
	 */
	default void replaceSource(String source, java.util.List<SearchEntry> entries, long generation, boolean commit) {
		deleteSource(source);
		entries.forEach(entry -> put(entry, generation, commit));
	}

	/** Writes many entries with every processor; commit after closing it. */
	default BulkLoad bulkLoad(long generation) {
		return new BulkLoad(this, generation, Math.max(1, Runtime.getRuntime().availableProcessors()));
	}

	/** Removes the entries of the given kinds that the rebuild of this generation did not write again. */
	void deleteOlderThan(long generation, Set<String> kinds);

	/** Makes the changes so far visible. */
	void commit();

	/** The answer to the query as typed. */
	SearchResults match(SearchQuery query, Vocabulary vocabulary);

	/** 您是不是要找 from this engine's index. */
	Suggester suggester();

	/**
	 * The answer, or when nothing matches, the answer to the suggested query (您是不是要找), with the
	 * suggestion: the same on every engine.
	 */
	default SearchResults search(SearchQuery query, Vocabulary vocabulary) {
		SearchResults results = match(query, vocabulary);
		if (results.total() > 0 || query.text().isBlank()) {
			return results;
		}
		String suggestion = suggester().suggest(query.text());
		if (suggestion == null || SearchText.normalize(query.text()).equals(suggestion)) {
			return results;
		}
		SearchResults corrected = match(query.withText(suggestion), vocabulary);
		return corrected.total() > 0 ? corrected.suggesting(suggestion) : results;
	}

	/** Entries in the index. */
	long size();

	/** Entries per site. */
	Map<Long, Long> countsBySite();

	/** When this process last changed the index. */
	@Nullable Instant lastChange();

	/** Drops what was learnt from the index's words (after a rebuild). */
	default void forgetWords() {
		suggester().forget();
	}
}
