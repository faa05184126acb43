package org.govsite.disclosure;

/** The kinds of legal person the annual report's columns split applications into (2021 format). */
public enum LegalPersonKind {

	/** 商业企业 */
	COMMERCIAL,

	/** 科研机构 */
	RESEARCH,

	/** 社会公益组织 */
	PUBLIC_WELFARE,

	/** 法律服务机构 */
	LEGAL_SERVICE,

	/** 其他 */
	OTHER
}
