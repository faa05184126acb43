package org.govsite.content;

/** 有效性 of a policy document, shown on its page (SPEC.md §3). */
public enum Validity {

	/** 有效 */
	VALID,

	/** 失效 */
	EXPIRED,

	/** 废止 */
	REPEALED,

	/** 已修改 */
	AMENDED
}
