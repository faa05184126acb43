package org.govsite.site;

/** What kind of site: a government's portal or a department's site. */
public enum SiteKind {

	/** 政府门户网站 */
	PORTAL,

	/** 部门网站 */
	DEPARTMENT
}
