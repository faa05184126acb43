package org.govsite.disclosure;

/**
 * How an application arrived (SPEC.md §6): in person and by post must be accepted, online and fax
 * are offered by the platform. Each has its own rule for the day of receipt.
 */
public enum ReceiptChannel {

	/** 网上申请: received the day it is submitted, the platform confirming at once with the query code. */
	ONLINE,

	/** 当面申请: received that day. */
	IN_PERSON,

	/** 信函申请: the day a registered letter is signed for; an ordinary letter's, the day receipt is confirmed with the applicant. */
	POST,

	/** 传真申请: the day both sides confirm. */
	FAX
}
