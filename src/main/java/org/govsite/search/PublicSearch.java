package org.govsite.search;

import java.util.List;
import java.util.Optional;

import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

/**
 * A public search as the API and the search page show it: 标识码 resolved to sites, facets and
 * results labelled with names, the query counted in the query log, hot words beside.
 */
public interface PublicSearch {

	/** @throws SearchRejected naming a parameter that names no site */
	Answer search(SearchParameters parameters);

	/** Hot words: those editors chose, else the most searched of the last 30 days that found something. */
	List<String> hotWords();

	/** The site of a 标识码, if the group has one. */
	Optional<SiteSummary> site(String code);

	/** A result as shown. */
	record Hit(String title, String snippet, String url, @Nullable String traditionalUrl, String siteCode,
			String siteName, List<String> channels, String type, String typeName, String date,
			@Nullable String documentNumber, @Nullable String validity) {
	}

	/** A facet value as shown: what to filter by, its label and how many. */
	record Facet(String value, String label, long count) {
	}

	/** The facets of an answer. */
	record Facets(List<Facet> site, List<Facet> channel, List<Facet> type, List<Facet> year) {
	}

	/** An answer; {@code totalExact} false when the total is an estimate (shown as "约 N 条"), as are the facets' counts. */
	record Answer(String query, long total, boolean totalExact, int page, int size, int pages, List<Hit> hits, Facets facets,
			@Nullable String suggestion, boolean corrected, List<String> hotWords) {
	}
}
