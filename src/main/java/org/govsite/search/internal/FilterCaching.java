package org.govsite.search.internal;

import java.io.IOException;

import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;

/**
 * Lucene's query cache keeps only the narrowing filters (site, channel, type, date range), as
 * Lucene's usage policy decides. Caching what a text query matches, which the default policy does
 * once a query repeats, first visits every match of the body fields: the very pass that the bounded
 * sample ({@link MatchSample}) and early termination avoid, and its cost grows with the index.
 * One per engine: it counts how often a filter is used.
 */
final class FilterCaching implements QueryCachingPolicy {

	private final UsageTrackingQueryCachingPolicy usage = new UsageTrackingQueryCachingPolicy();

	@Override
	public void onUse(Query query) {
		usage.onUse(query);
	}

	@Override
	public boolean shouldCache(Query query) throws IOException {
		return (query instanceof TermInSetQuery || query instanceof IndexOrDocValuesQuery || query instanceof PointRangeQuery)
				&& usage.shouldCache(query);
	}
}
