package org.govsite.search;

/** The index is being built (at first start, or after it was found missing, damaged or too old). */
public class SearchUnavailable extends RuntimeException {

	private final long done;

	private final long total;

	public SearchUnavailable(long done, long total) {
		super("search index is being built: " + done + " of " + total);
		this.done = done;
		this.total = total;
	}

	public long done() {
		return done;
	}

	public long total() {
		return total;
	}
}
