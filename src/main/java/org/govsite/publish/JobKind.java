package org.govsite.publish;

/** What a publish job does. */
public enum JobKind {

	/** 全站发布: every page of the site. */
	FULL,

	/** 增量发布: the pages some changes affect. */
	INCREMENTAL
}
