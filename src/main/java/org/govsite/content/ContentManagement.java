package org.govsite.content;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.govsite.content.internal.Attachments;
import org.govsite.content.internal.ContentQueries;
import org.govsite.content.internal.ContentStore;
import org.govsite.content.internal.UploadStore;
import org.govsite.content.internal.Library;
import org.govsite.content.internal.Notifier;
import org.govsite.content.internal.Typesetter;
import org.govsite.content.internal.ReviewPolicies;
import org.govsite.content.internal.ReviewRequirement;
import org.govsite.content.internal.Workflow;
import org.govsite.identity.StaffAccess;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library's use cases for the console and the API: writing documents and their versions,
 * placing them in channels, and the review workflow from draft to release and withdrawal. Editors
 * of a site write its documents; its reviewers review them (never their own); the publisher reads
 * what is live through {@link ContentCatalog}, which checks no permissions.
 */
@Service
@Transactional
public class ContentManagement {

	private final Library library;

	private final Workflow workflow;

	private final ContentQueries queries;

	private final ReviewPolicies policies;

	private final Attachments attachments;

	private final ContentStore store;

	private final UploadStore uploads;

	private final Notifier notifier;

	private final Typesetter typesetter;

	private final StaffAccess staff;

	ContentManagement(Library library, Workflow workflow, ContentQueries queries, ReviewPolicies policies,
			Attachments attachments, ContentStore store, UploadStore uploads, Notifier notifier, Typesetter typesetter,
			StaffAccess staff) {
		this.notifier = notifier;
		this.typesetter = typesetter;
		this.library = library;
		this.workflow = workflow;
		this.queries = queries;
		this.policies = policies;
		this.attachments = attachments;
		this.store = store;
		this.uploads = uploads;
		this.staff = staff;
	}

	// writing

	/** A new document of the site, with its first version. @return its id */
	@PreAuthorize("@contentAccess.mayWriteSite(#siteId)")
	public long create(long siteId, DocumentType type, DocumentContent content) {
		return library.create(siteId, type, content, actor());
	}

	/** Saves a new version. @return its number */
	@PreAuthorize("@contentAccess.mayEdit(#documentId)")
	public int save(long documentId, DocumentContent content) {
		return library.save(documentId, content, actor());
	}

	/** Makes an old version the newest again (as a new version). @return the new version's number */
	@PreAuthorize("@contentAccess.mayEdit(#documentId)")
	public int restore(long documentId, int version) {
		return library.restore(documentId, version, actor());
	}

	/**
	 * 一键排版: saves a new version whose body has the uniform shape the site's theme styles
	 * ({@code gs-typeset} container, plain paragraphs, {@code gs-image}, {@code gs-align-*}).
	 *
	 * @return the new version's number
	 */
	@PreAuthorize("@contentAccess.mayEdit(#documentId)")
	public int typeset(long documentId) {
		DocumentContent current = library.view(documentId).content();
		return library.save(documentId, current.withBody(typesetter.typeset(current.body())), actor());
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@contentAccess.mayRead(#documentId)")
	public DocumentView get(long documentId) {
		return library.view(documentId);
	}

	// files

	/** Uploads a file to the document: typed by its content, refused with a reason when not accepted. */
	@PreAuthorize("@contentAccess.mayEdit(#documentId)")
	public AttachmentRef upload(long documentId, String fileName, byte[] content) {
		return attachments.upload(documentId, fileName, content, actor());
	}

	/** A file of a document the user may read, with its bytes. */
	@Transactional(readOnly = true)
	public StoredFile file(long attachmentId) {
		long documentId = store.documentOfAttachment(attachmentId)
			.orElseThrow(() -> new org.govsite.platform.NotFound("attachment", attachmentId));
		if (!queries.mayRead(documentId)) {
			throw new org.springframework.security.access.AccessDeniedException("attachment " + attachmentId);
		}
		AttachmentRef ref = store.attachment(attachmentId).orElseThrow();
		return new StoredFile(ref, () -> uploads.open(ref.sha256()));
	}

	// placements

	/** Places the document in a channel the editor may write to, of its own site or another. */
	@PreAuthorize("@contentAccess.mayEdit(#documentId) and @contentAccess.mayPlaceIn(#request.channelId())")
	public void place(long documentId, PlacementRequest request) {
		library.place(documentId, request, actor());
	}

	@PreAuthorize("@contentAccess.mayEdit(#documentId) or @contentAccess.mayPlaceIn(#channelId)")
	public void removePlacement(long documentId, long channelId) {
		library.removePlacement(documentId, channelId);
	}

	// the workflow

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

	// lists

	/** The documents of the sites the user may read, newest change first. */
	@Transactional(readOnly = true)
	public List<DocumentSummary> list(DocumentFilter filter, int offset, int limit) {
		return queries.list(filter, readableSites(filter), offset, limit);
	}

	@Transactional(readOnly = true)
	public int count(DocumentFilter filter) {
		return queries.count(filter, readableSites(filter));
	}

	/** What waits for the signed-in reviewer: documents at a review level, not their own. */
	@Transactional(readOnly = true)
	public List<DocumentSummary> awaitingMyReview() {
		return queries.awaitingReview(staff, actor());
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@contentAccess.mayRead(#documentId)")
	public List<VersionSummary> versions(long documentId) {
		return queries.versions(documentId);
	}

	// review policies

	/** The review levels and proofreading of a channel (its own, or the default). */
	@Transactional(readOnly = true)
	public ReviewPolicy reviewPolicy(long channelId) {
		ReviewRequirement own = policies.own(channelId).orElse(null);
		ReviewRequirement effective = policies.of(channelId);
		return new ReviewPolicy(channelId, effective.levels(), effective.proofreading(), own != null);
	}

	@PreAuthorize("@contentAccess.managesChannel(#channelId)")
	public void setReviewPolicy(long channelId, int levels, boolean proofreading) {
		if (levels < 1 || levels > 3) {
			throw new ContentRuleViolation("content.field.levels.range");
		}
		policies.set(channelId, new ReviewRequirement(levels, proofreading));
	}

	// the inbox

	/** The signed-in user's newest messages (to them, or to a role they hold). */
	@Transactional(readOnly = true)
	public List<NotificationView> myNotifications(int limit) {
		return notifier.inbox(actor(), authorities(), limit);
	}

	@Transactional(readOnly = true)
	public int unreadNotifications() {
		return notifier.unread(actor(), authorities());
	}

	public void markRead(long notificationId) {
		notifier.markRead(notificationId, actor(), authorities());
	}

	private List<String> authorities() {
		org.springframework.security.core.Authentication user = org.springframework.security.core.context.SecurityContextHolder
			.getContext()
			.getAuthentication();
		return user == null ? List.of()
				: user.getAuthorities().stream().map(granted -> String.valueOf(granted.getAuthority())).toList();
	}

	String actor() {
		return Objects.requireNonNullElse(staff.currentUsername(), "system");
	}

	private List<Long> readableSites(DocumentFilter filter) {
		return queries.readableSites(filter.siteId());
	}
}
