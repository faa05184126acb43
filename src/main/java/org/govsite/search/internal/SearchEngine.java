package org.govsite.search.internal;

import java.io.Closeable;
import java.util.Map;

import org.govsite.search.SearchEntry;
import org.govsite.search.SearchQuery;
import org.govsite.search.SearchResults;

/**
 * What an index engine does for search: Lucene embedded ({@link LuceneEngine}) or an OpenSearch
 * node ({@link OpenSearchEngine}). Both analyze with {@link ChineseAnalyzers} and plan queries
 * with {@link QueryPlanner}, so that the relevance suite judges either by the same queries.
 */
public interface SearchEngine extends Closeable {

	/** Which views of the text queries use. */
	void mode(AnalysisMode analysis);

	/** Adds or replaces the entry; visible at once with {@code commit}, else at {@link #commit()}. */
	void put(SearchEntry entry, long generation, boolean commit);

	void delete(String id);

	void deleteSource(String source);

	/** Makes the changes so far visible. */
	void commit();

	SearchResults search(SearchQuery query, Vocabulary vocabulary);

	/** Entries in the index. */
	long size();

	/** Entries per site. */
	Map<Long, Long> countsBySite();
}
