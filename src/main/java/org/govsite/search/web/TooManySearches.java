package org.govsite.search.web;

/** One address searched more often than the rate limit allows. */
class TooManySearches extends RuntimeException {

	TooManySearches() {
		super("rate limit");
	}
}
