package org.govsite.interaction;

/** Where a letter stands. */
public enum LetterState {

	/** Written by a citizen, not yet looked at. */
	RECEIVED,

	/** Refused as invalid (abuse, no content, not the government's business), with a reason. */
	REJECTED,

	/** Accepted: its deadline runs, the handling unit answers it. */
	ACCEPTED,

	/** A reply is written and waits for its review. */
	REPLY_IN_REVIEW,

	/** Answered; published on the site if the writer allowed it. */
	REPLIED
}
