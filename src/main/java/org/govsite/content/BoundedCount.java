package org.govsite.content;

/**
 * How many entries a console list holds, counted up to {@link #CAP} only: a province's site holds
 * hundreds of thousands of documents, and counting them all on every page costs more than the page.
 *
 * @param counted the entries counted, at most {@link #CAP}
 * @param more whether there are more than {@link #CAP}
 */
public record BoundedCount(int counted, boolean more) {

	/** Beyond this the list says "10,000+": nobody pages that far, they filter. */
	public static final int CAP = 10_000;

	/** From a count of at most {@code CAP + 1} rows. */
	public static BoundedCount of(int countedUpToOneMore) {
		return countedUpToOneMore > CAP ? new BoundedCount(CAP, true) : new BoundedCount(countedUpToOneMore, false);
	}

	/** Whether a page starting at the offset has entries (past the cap there may be, so it is offered). */
	public boolean reaches(int offset) {
		return more || offset < counted;
	}
}
