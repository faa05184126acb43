package org.govsite.search;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A search: the words typed and the narrowing chosen. Empty sets mean "all".
 *
 * @param text what was typed; empty lists everything, newest first
 * @param siteIds the sites to search, empty for the whole group
 * @param channelIds the channels to search
 * @param kinds the result types
 * @param from the first day, inclusive
 * @param to the last day, inclusive
 * @param page from 1
 * @param size results per page
 */
public record SearchQuery(String text, Set<Long> siteIds, Set<Long> channelIds, Set<String> kinds,
		@Nullable LocalDate from, @Nullable LocalDate to, SearchSort sort, int page, int size) {

	/** Results beyond this are not paged to: nobody reads page 101. */
	public static final int MAX_WINDOW = 1000;

	public static SearchQuery of(String text) {
		return new SearchQuery(text, Set.of(), Set.of(), Set.of(), null, null, SearchSort.RELEVANCE, 1, 10);
	}

	public SearchQuery withText(String other) {
		return new SearchQuery(other, siteIds, channelIds, kinds, from, to, sort, page, size);
	}

	public SearchQuery inSites(Set<Long> sites) {
		return new SearchQuery(text, sites, channelIds, kinds, from, to, sort, page, size);
	}

	public SearchQuery ofKinds(Set<String> only) {
		return new SearchQuery(text, siteIds, channelIds, only, from, to, sort, page, size);
	}

	public SearchQuery sortedBy(SearchSort order) {
		return new SearchQuery(text, siteIds, channelIds, kinds, from, to, order, page, size);
	}

	public SearchQuery page(int number, int perPage) {
		return new SearchQuery(text, siteIds, channelIds, kinds, from, to, sort, number, perPage);
	}
}
