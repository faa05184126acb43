package org.govsite.disclosure;

/** How a fee is counted (SPEC.md §6): one method per request. */
public enum FeeMethod {

	/** 按件计收: per item per applicant per month. */
	BY_ITEM,

	/** 按量计收: per page. */
	BY_PAGE
}
