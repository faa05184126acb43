package org.govsite.content;

/**
 * Where a document is in its review workflow (SPEC.md §3). A live document (one with a live
 * version) can be in any of the workflow states while a newer draft of it is written and reviewed:
 * its published page keeps showing the live version until the new one is released.
 */
public enum DocumentState {

	/** 草稿: being written; also a document sent back, or recalled, for changes. */
	DRAFT,

	/** 审核中: submitted, waiting for the review level {@code reviewLevel} (一审, 二审, 三审 …). */
	IN_REVIEW,

	/** 待保密审查答复: referred to the secrecy office; held until its answer is recorded. */
	HELD_FOR_SECRECY,

	/** 待校对: reviewed; the editor proofreads once more before release. */
	PROOFREADING,

	/** 已签发待发布: approved, waiting to be released with its policy document or interpretation. */
	APPROVED,

	/** 定时发布: approved, released at {@code scheduledPublishAt}. */
	SCHEDULED,

	/** 已发布 */
	PUBLISHED,

	/** 已撤稿: taken down from every channel. */
	WITHDRAWN,

	/** 已归档: the page stays reachable, marked 已归档. */
	ARCHIVED;

	/** Whether the newest version is somewhere between submission and release. */
	public boolean inWorkflow() {
		return this == IN_REVIEW || this == HELD_FOR_SECRECY || this == PROOFREADING || this == APPROVED
				|| this == SCHEDULED;
	}
}
