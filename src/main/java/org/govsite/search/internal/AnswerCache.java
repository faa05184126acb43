package org.govsite.search.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.govsite.search.SearchQuery;
import org.govsite.search.SearchResults;

/**
 * Answers of one index reader, by everything that makes them: the query with its filters, sort
 * and page, the synonym and stop-word lists, the analysis. People search for the same few things
 * (hot words, the news of the day), and an answer cannot change while its reader is current, so a
 * repeated search costs no Lucene work. A new reader (any change to the index) starts an empty
 * cache; an answer is kept at most a few minutes, so that newer documents' small lead (freshness)
 * keeps up with the clock.
 */
final class AnswerCache {

	private static final int ENTRIES = 2_000;

	private static final long MAX_AGE_NANOS = 300_000_000_000L;

	record Key(SearchQuery query, Vocabulary vocabulary, AnalysisMode mode) {
	}

	private record Kept(SearchResults results, long at) {
	}

	private final Map<Key, Kept> answers = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
			return size() > ENTRIES;
		}
	};

	SearchResults get(Key key, Supplier<SearchResults> search) {
		long now = System.nanoTime();
		synchronized (answers) {
			Kept kept = answers.get(key);
			if (kept != null && now - kept.at() < MAX_AGE_NANOS) {
				return kept.results();
			}
		}
		// searched outside the lock: two threads asking the same at once both search, which is harmless
		SearchResults results = search.get();
		synchronized (answers) {
			answers.put(key, new Kept(results, now));
		}
		return results;
	}
}
