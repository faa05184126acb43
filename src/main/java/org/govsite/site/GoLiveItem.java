package org.govsite.site;

/** What a site (or an account) must have before it may go online (SPEC.md §1, the go-live gate). */
public enum GoLiveItem {

	/** 政府网站标识码. */
	SITE_CODE,

	/** The English domain under {@code .gov.cn}. */
	DOMAIN,

	/** 党政机关网站标识. */
	GOVERNMENT_BADGE,

	/** ICP 备案. */
	ICP_FILING,

	/** 公安机关备案. */
	PUBLIC_SECURITY_FILING,

	/** A passed 等保 assessment: level, filing number and date. */
	SECURITY_ASSESSMENT,

	/** A 政务新媒体 account's address. */
	ACCOUNT_URL
}
