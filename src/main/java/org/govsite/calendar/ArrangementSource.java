package org.govsite.calendar;

/** Where a year's arrangement came from. */
public enum ArrangementSource {

	/** Shipped with the platform (SPEC.md §11). */
	BUILT_IN,

	/** Entered by a system administrator, in the console or through the API. */
	ENTERED
}
