package org.govsite.publish;

/** What a publish job does. */
public enum JobKind {

	/** 全站发布: every page of the site. */
	FULL,

	/** 增量发布: the pages some changes affect. */
	INCREMENTAL,

	/** 专页更新: the pages other modules keep ({@link SitePageSource}), e.g. the disclosure catalogue. */
	PAGES
}
