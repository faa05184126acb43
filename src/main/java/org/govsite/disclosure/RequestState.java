package org.govsite.disclosure;

/** Where an application stands. The clock runs in {@link #OPEN} only. */
public enum RequestState {

	/** 办理中: the clock runs. */
	OPEN,

	/** 待补正: a correction notice went out; the clock waits for the corrected application. */
	AWAITING_CORRECTION,

	/** 征求第三方意见: the consultation time is not counted. */
	CONSULTING,

	/** 待缴费: a fee notice went out; the time to pay is not counted. */
	AWAITING_PAYMENT,

	/** 已答复 */
	REPLIED,

	/** 视为撤回: the correction did not arrive in time. */
	WITHDRAWN,

	/** 逾期未缴费: the fee was not paid in time; the application ends. */
	UNPAID,

	/** 已转交: a complaint or petition sent as an application, passed on and not counted as an application. */
	REDIRECTED;

	/** Whether the application is finished. */
	public boolean closed() {
		return this == REPLIED || this == WITHDRAWN || this == UNPAID || this == REDIRECTED;
	}

	/** Whether the clock is stopped for the applicant or a third party. */
	public boolean stopped() {
		return this == AWAITING_CORRECTION || this == CONSULTING || this == AWAITING_PAYMENT;
	}
}
