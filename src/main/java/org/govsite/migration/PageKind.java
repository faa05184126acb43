package org.govsite.migration;

/** What a page of an old site is to the migration. */
public enum PageKind {

	/** A section's index: its links are followed, nothing is imported. */
	LIST,

	/** One document: imported. */
	DETAIL,

	/** Neither (the home page, a search form): its links are followed. */
	OTHER
}
