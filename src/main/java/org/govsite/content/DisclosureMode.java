package org.govsite.content;

/** 公开方式 (SPEC.md §5). */
public enum DisclosureMode {

	/** 主动公开 */
	PROACTIVE,

	/** 依申请公开 */
	ON_REQUEST,

	/** 不予公开 */
	NOT_DISCLOSED
}
