package org.govsite.search;

/** How often one client address may search the public search (per minute, {@code govsite.search.*}). */
public interface SearchRateLimit {

	/** Whether the address may search now; takes one of its searches if so. */
	boolean tryTake(String address);
}
