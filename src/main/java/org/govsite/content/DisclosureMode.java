package org.govsite.content;

import org.springframework.modulith.NamedInterface;

/** 公开方式 (SPEC.md §5). */
@NamedInterface({ "catalogue", "import" })
public enum DisclosureMode {

	/** 主动公开 */
	PROACTIVE,

	/** 依申请公开 */
	ON_REQUEST,

	/** 不予公开 */
	NOT_DISCLOSED
}
