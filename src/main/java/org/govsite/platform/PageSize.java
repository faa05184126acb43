package org.govsite.platform;

/**
 * How many entries one answer of a list endpoint may hold. A larger size asked for is lowered to
 * {@link #MAX} (and a size below one raised to one), never refused, the same on every endpoint:
 * a client asking for everything gets the first page and pages on with the offset.
 */
public final class PageSize {

	public static final int MAX = 500;

	private PageSize() {
	}

	public static int of(int requested) {
		return Math.clamp(requested, 1, MAX);
	}

	public static int offset(int requested) {
		return Math.max(requested, 0);
	}
}
