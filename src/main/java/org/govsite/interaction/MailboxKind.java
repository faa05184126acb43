package org.govsite.interaction;

/** What a mailbox is for (SPEC.md §7); its name on the site is its own (县长信箱, 咨询 …). */
public enum MailboxKind {

	/** 领导信箱: to a leader, one box per leader. */
	LEADER,

	/** 咨询. */
	CONSULTATION,

	/** 投诉. */
	COMPLAINT,

	/** 建议. */
	SUGGESTION
}
