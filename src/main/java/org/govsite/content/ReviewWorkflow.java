package org.govsite.content;

import java.time.Instant;
import java.util.List;

import org.govsite.content.internal.ContentQueries;
import org.govsite.content.internal.Workflow;
import org.govsite.identity.StaffAccess;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A document's way from draft to release, withdrawal (撤稿) and archive: the editor submits, the
 * site's reviewers pass its review levels (never their own document), the 保密审查 may be asked,
 * and release happens now or when scheduled.
 */
@Service
@Transactional
public class ReviewWorkflow {

	private final Workflow workflow;

	private final ContentQueries queries;

	private final StaffAccess staff;

	ReviewWorkflow(Workflow workflow, ContentQueries queries, StaffAccess staff) {
		this.workflow = workflow;
		this.queries = queries;
		this.staff = staff;
	}

	/** What every installed content check finds in the newest version; the submit step shows it. */
	@Transactional(readOnly = true)
	@PreAuthorize("@contentAccess.mayRead(#documentId)")
	public SubmissionCheck submissionCheck(long documentId) {
		return workflow.check(documentId);
	}

	/** Submits the newest version for review, the author having confirmed the 保密审查. */
	@PreAuthorize("@contentAccess.mayEdit(#documentId)")
	public void submit(long documentId, boolean confidentialityConfirmed) {
		workflow.submit(documentId, confidentialityConfirmed, actor());
	}

	/** Passes the current review level (一审, 二审 …); the last one releases the document. */
	@PreAuthorize("@contentAccess.mayReview(#documentId)")
	public void approve(long documentId, @Nullable String comment) {
		workflow.approve(documentId, comment == null || comment.isBlank() ? null : comment.strip(), actor());
	}

	@PreAuthorize("@contentAccess.mayReview(#documentId)")
	public void sendBack(long documentId, String comment) {
		workflow.sendBack(documentId, comment, actor());
	}

	@PreAuthorize("@contentAccess.mayEdit(#documentId)")
	public void recall(long documentId) {
		workflow.recall(documentId, actor());
	}

	@PreAuthorize("@contentAccess.mayReview(#documentId)")
	public void referToSecrecy(long documentId, String note) {
		workflow.referToSecrecy(documentId, note, actor());
	}

	@PreAuthorize("@contentAccess.mayReview(#documentId)")
	public void recordSecrecyAnswer(long documentId, boolean cleared, String answer) {
		workflow.recordSecrecyAnswer(documentId, cleared, answer, actor());
	}

	/** The editor's proofreading done, or an approved or scheduled document put live now. */
	@PreAuthorize("@contentAccess.mayEdit(#documentId)")
	public void publish(long documentId) {
		workflow.publish(documentId, actor());
	}

	/** When to release the document once approved; {@code null} releases it as soon as approved. */
	@PreAuthorize("@contentAccess.mayEdit(#documentId)")
	public void schedulePublish(long documentId, @Nullable Instant at) {
		workflow.schedulePublish(documentId, at, actor());
	}

	/** When to take it down; {@code null} cancels. */
	@PreAuthorize("@contentAccess.mayWithdraw(#documentId)")
	public void scheduleWithdrawal(long documentId, @Nullable Instant at) {
		workflow.scheduleWithdrawal(documentId, at, actor());
	}

	/** 撤稿: takes the document down from every channel. */
	@PreAuthorize("@contentAccess.mayWithdraw(#documentId)")
	public void withdraw(long documentId, String reason) {
		workflow.withdraw(documentId, reason, actor());
	}

	@PreAuthorize("@contentAccess.mayEdit(#documentId)")
	public void archive(long documentId) {
		workflow.archive(documentId, actor());
	}

	/** What waits for the signed-in reviewer, a page of it: documents at a review level, not their own. */
	@Transactional(readOnly = true)
	public ReviewQueue awaitingMyReview(int offset, int limit) {
		return queries.awaitingReview(staff, actor(), offset, limit);
	}

	private String actor() {
		return CurrentActor.of(staff);
	}

}
