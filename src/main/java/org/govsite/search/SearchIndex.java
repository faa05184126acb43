package org.govsite.search;

/**
 * The one way into site search. The search module feeds it with published documents; other
 * modules (letters, service guides, disclosure entries) add their own result types through it.
 * Lucene embedded implements it; a cluster adapter (OpenSearch) may replace it. Everything in it
 * can be rebuilt from the database, so losing it loses nothing.
 */
public interface SearchIndex {

	/** Adds the entry, or replaces the one with the same id. Visible to the next query. */
	void index(SearchEntry entry);

	/** Removes one entry by id; visible to the next query. */
	void delete(String id);

	/** Removes every entry of one source (e.g. a document shown on several sites). */
	void deleteSource(String source);

	/**
	 * Replaces every entry of one source by these (none: removes them), in one change: no query sees
	 * the source without its entries in between, and the index is written once, not once an entry.
	 */
	void replaceSource(String source, java.util.List<SearchEntry> entries);

	/**
	 * Answers a query.
	 *
	 * @throws SearchUnavailable while the index is being built
	 */
	SearchResults query(SearchQuery query);

	/** How many entries each site has, whether the index is ready, and the rebuild's progress. */
	IndexStatus status();
}
