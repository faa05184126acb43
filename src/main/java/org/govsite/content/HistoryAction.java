package org.govsite.content;

/** What happened to a document, as its timeline shows it. */
public enum HistoryAction {

	CREATED, SAVED, RESTORED, SUBMITTED, APPROVED, SENT_BACK, RECALLED, REFERRED_TO_SECRECY, SECRECY_CLEARED,
	SECRECY_REFUSED, PROOFREAD, WAITING_FOR_PARTNER, SCHEDULED, PUBLISHED, WITHDRAWAL_SCHEDULED, WITHDRAWN, ARCHIVED,
	/** A version was saved with a display date before the day it was written (倒签): kept on record (SPEC.md §9). */
	BACKDATED
}
