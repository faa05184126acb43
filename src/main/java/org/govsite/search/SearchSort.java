package org.govsite.search;

/** The order of results. */
public enum SearchSort {

	/** Best match first (newer and valid documents a little higher). */
	RELEVANCE,

	/** Newest first. */
	DATE
}
