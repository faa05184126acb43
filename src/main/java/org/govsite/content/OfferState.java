package org.govsite.content;

/** Where a 报送 is: offered to the portal, then 采用 (accepted) or declined. */
public enum OfferState {

	/** 待采用: waiting for the portal's editors. */
	OFFERED,

	/** 待门户审核: accepted into a portal channel with review levels of its own; a portal reviewer signs it off. */
	AWAITING_REVIEW,

	/** 已采用: placed in the portal channel. */
	ACCEPTED,

	/** 未采用: declined, with a reason. */
	DECLINED;

	/** Whether the portal still has to decide. */
	public boolean open() {
		return this == OFFERED || this == AWAITING_REVIEW;
	}
}
