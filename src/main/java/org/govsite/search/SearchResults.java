package org.govsite.search;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of results.
 *
 * @param total how many entries match in all: exact up to some tens of thousands, an estimate beyond
 * @param exact whether {@code total} and the facets' counts are exact (shown as "约 N 条" if not)
 * @param hits this page's results
 * @param facets counts over every match (or a sample's, scaled), by site, channel, type and year
 * @param suggestion 您是不是要找: a corrected query, when the one typed looks mistyped or is pinyin
 */
public record SearchResults(long total, boolean exact, List<SearchHit> hits, Facets facets, @Nullable String suggestion) {

	/** These results as the answer to the suggested query. */
	public SearchResults suggesting(String corrected) {
		return new SearchResults(total, exact, hits, facets, corrected);
	}

	/** Counts over all matches, largest first. */
	public record Facets(List<FacetCount> sites, List<FacetCount> channels, List<FacetCount> kinds,
			List<FacetCount> years) {

		public static Facets none() {
			return new Facets(List.of(), List.of(), List.of(), List.of());
		}
	}

	/** One value of a facet and how many matches have it. */
	public record FacetCount(String value, long count) {
	}
}
