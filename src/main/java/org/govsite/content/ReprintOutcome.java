package org.govsite.content;

/** Where a policy to reprint stands against its 12-hour limit. */
public enum ReprintOutcome {

	/** Not reprinted yet, still within the limit. */
	PENDING,

	/** Reprinted within the limit. */
	ON_TIME,

	/** Reprinted after the limit. */
	LATE,

	/** Past the limit and not reprinted. */
	MISSED
}
