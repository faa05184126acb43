package org.govsite.disclosure;

/** How the applicant wants the information (获取信息的方式). */
public enum Delivery {

	/** 邮寄: needs a postal address. */
	POST,

	/** 电子邮件: needs an email address. */
	EMAIL,

	/** 当面领取 */
	PICK_UP,

	/** 网上查询: read with the query code. */
	ONLINE
}
