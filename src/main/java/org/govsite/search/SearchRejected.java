package org.govsite.search;

/**
 * A search request with a bad parameter: answered 400 with the reason in Chinese, from the
 * message {@code search.invalid.<parameter>}.
 */
public class SearchRejected extends RuntimeException {

	private final String parameter;

	public SearchRejected(String parameter) {
		super("bad search parameter: " + parameter);
		this.parameter = parameter;
	}

	public String parameter() {
		return parameter;
	}

	public String messageKey() {
		return "search.invalid." + parameter;
	}
}
