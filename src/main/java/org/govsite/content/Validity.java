package org.govsite.content;

import org.springframework.modulith.NamedInterface;

/** 有效性 of a policy document, shown on its page (SPEC.md §3). */
@NamedInterface({ "catalogue", "import" })
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
