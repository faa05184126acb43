package org.govsite.search;

/**
 * The index is being built (at first start, or after it was found missing, damaged or too old), or
 * the search engine's node is not reached yet ({@link #connecting()}).
 */
public class SearchUnavailable extends RuntimeException {

	private final long done;

	private final long total;

	private final boolean connecting;

	public SearchUnavailable(long done, long total) {
		this(done, total, false);
	}

	private SearchUnavailable(long done, long total, boolean connecting) {
		super(connecting ? "the search engine's node is not reached yet" : "search index is being built: " + done + " of " + total);
		this.done = done;
		this.total = total;
		this.connecting = connecting;
	}

	/** The engine's node did not answer yet: the platform keeps trying, with growing pauses. */
	public static SearchUnavailable whileConnecting() {
		return new SearchUnavailable(0, 0, true);
	}

	public boolean connecting() {
		return connecting;
	}

	/** The message key that tells a visitor why, with {@link #done()} and {@link #total()} as arguments. */
	public String messageKey() {
		return connecting ? "search.connecting" : "search.unavailable";
	}

	public long done() {
		return done;
	}

	public long total() {
		return total;
	}
}
