package org.govsite.content;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.govsite.content.internal.Attachments;
import org.govsite.content.internal.DocxImport;
import org.govsite.content.internal.OfferQueries;
import org.govsite.content.internal.Offers;
import org.govsite.content.internal.TypesettingStore;
import org.govsite.content.internal.VersionDiff;
import org.govsite.identity.StaffRole;
import org.govsite.site.SiteDirectory;
import org.govsite.content.internal.ContentQueries;
import org.govsite.content.internal.ContentStore;
import org.govsite.content.internal.UploadStore;
import org.govsite.content.internal.Library;
import org.govsite.content.internal.Typesetter;
import org.govsite.content.internal.ReviewPolicies;
import org.govsite.content.internal.ReviewRequirement;
import org.govsite.content.internal.Workflow;
import org.govsite.identity.StaffAccess;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

	private final Typesetter typesetter;

	private final StaffAccess staff;

	private final Offers offers;

	private final OfferQueries offerQueries;

	private final DocxImport docxImport;

	private final TypesettingStore typesettings;

	private final SiteDirectory sites;

	private final MessageSource messages;

	ContentManagement(Library library, Workflow workflow, ContentQueries queries, ReviewPolicies policies,
			Attachments attachments, ContentStore store, UploadStore uploads, Typesetter typesetter,
			StaffAccess staff, Offers offers, OfferQueries offerQueries, DocxImport docxImport,
			TypesettingStore typesettings, SiteDirectory sites, MessageSource messages) {
		this.offers = offers;
		this.offerQueries = offerQueries;
		this.docxImport = docxImport;
		this.typesettings = typesettings;
		this.sites = sites;
		this.messages = messages;
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

	/**
	 * Imports a Word document (.docx) as a new document of the site, placed in the channel if one
	 * is given: headings, paragraphs, lists, tables and pictures (stored as its attachments), without
	 * Word's fonts, sizes and colours. A file that is too large, not a .docx or unreadable is refused
	 * with a message naming it.
	 */
	@PreAuthorize("@contentAccess.mayWriteSite(#siteId) and (#channelId == null or @contentAccess.mayPlaceIn(#channelId))")
	public DocxImported importDocx(long siteId, DocumentType type, @Nullable Long channelId, String fileName,
			byte[] content) {
		return docxImport.importDocx(siteId, type, channelId, fileName, content, actor());
	}

	/** Two versions compared: the fields that differ and the body paragraph by paragraph. */
	@Transactional(readOnly = true)
	@PreAuthorize("@contentAccess.mayRead(#documentId)")
	public VersionComparison compare(long documentId, int fromVersion, int toVersion) {
		var from = store.version(documentId, fromVersion)
			.orElseThrow(() -> new ContentRuleViolation("content.version.unknown", fromVersion));
		var to = store.version(documentId, toVersion)
			.orElseThrow(() -> new ContentRuleViolation("content.version.unknown", toVersion));
		return VersionDiff.labelled(value -> messages.getMessage(label(value), null, LocaleContextHolder.getLocale()))
			.compare(documentId, fromVersion, from.content(), toVersion, to.content());
	}

	private static String label(Object value) {
		if (value instanceof Boolean yes) {
			return yes ? "content.yes" : "content.no";
		}
		String prefix = value instanceof Validity ? "content.validity." : "content.mode.";
		return prefix + ((Enum<?>) value).name();
	}

	// files

	/** A picture for the body (the editor's upload, a pasted picture): refused unless a JPEG, PNG, GIF or WebP. */
	@PreAuthorize("@contentAccess.mayEdit(#documentId)")
	public AttachmentRef uploadPicture(long documentId, String fileName, byte[] content) {
		return attachments.uploadPicture(documentId, fileName, content, actor());
	}

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

	/** Moves the document from one channel to another: it leaves the first and shows in the second. */
	@PreAuthorize("@contentAccess.mayEdit(#documentId) and @contentAccess.mayPlaceIn(#toChannelId)")
	public void move(long documentId, long fromChannelId, long toChannelId) {
		library.move(documentId, fromChannelId, toChannelId, actor());
	}

	// 报送 and 采用

	/** 报送: offers a live or approved document of a department site to its portal. @return the offer's id */
	@PreAuthorize("@contentAccess.mayEdit(#documentId)")
	public long offer(long documentId, @Nullable String note) {
		return offers.offer(documentId, note, actor());
	}

	/** 采用: a portal editor accepts the offer into a channel of the portal. */
	@PreAuthorize("@contentAccess.mayDecideOffer(#offerId) and @contentAccess.mayPlaceIn(#channelId)")
	public void acceptOffer(long offerId, long channelId) {
		offers.accept(offerId, channelId, actor());
	}

	/** A portal reviewer signs off an acceptance into a channel with review levels of its own. */
	@PreAuthorize("@contentAccess.mayReviewOffer(#offerId)")
	public void approveOffer(long offerId) {
		offers.approve(offerId, actor());
	}

	/** The portal declines the offer, with a reason the offering editor is told. */
	@PreAuthorize("@contentAccess.mayDecideOffer(#offerId) or @contentAccess.mayReviewOffer(#offerId)")
	public void declineOffer(long offerId, String reason) {
		offers.decline(offerId, reason, actor());
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@contentAccess.mayReadOffer(#offerId)")
	public OfferView offerView(long offerId) {
		return offerQueries.find(offerId).orElseThrow(() -> new org.govsite.platform.NotFound("offer", offerId));
	}

	/** What waits for the user in the portals: offers to decide (as editor) and acceptances to sign off (as reviewer). */
	@Transactional(readOnly = true)
	public List<OfferView> offersWaitingForMe() {
		List<OfferView> waiting = new java.util.ArrayList<>(
				offerQueries.toSites(staff.sitesWith(StaffRole.EDITOR), List.of(OfferState.OFFERED)));
		offerQueries.toSites(staff.sitesWith(StaffRole.REVIEWER), List.of(OfferState.AWAITING_REVIEW))
			.stream()
			.filter(offer -> staff.hasChannelRole(offer.toSiteId(), offer.channelId() == null ? 0 : offer.channelId(),
					StaffRole.REVIEWER))
			.forEach(waiting::add);
		return waiting;
	}

	/** The newest offers made by the sites the user edits, with their outcome. */
	@Transactional(readOnly = true)
	public List<OfferView> offersOfMySites(int limit) {
		return offerQueries.fromSites(staff.sitesWith(StaffRole.EDITOR), limit);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@contentAccess.mayRead(#documentId)")
	public List<OfferView> offersOf(long documentId) {
		return offerQueries.ofDocument(documentId);
	}

	/**
	 * 报送 and 采用 per department site in a year (China time): of the sites the user may read, as
	 * offering site or as portal.
	 */
	@Transactional(readOnly = true)
	public List<OfferStatistics> offerStatistics(int year) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		sites.all().forEach(site -> names.put(site.id(), site.name()));
		return offerQueries.statistics(year, queries.readableSites(null), names);
	}

	// 一键排版 settings

	/** The site's 一键排版 settings (its own, or the defaults). */
	@Transactional(readOnly = true)
	@PreAuthorize("@contentAccess.mayReadSite(#siteId)")
	public TypesettingSettings typesetting(long siteId) {
		return typesettings.typesetting(siteId);
	}

	@PreAuthorize("@contentAccess.managesSite(#siteId)")
	public void setTypesetting(long siteId, TypesettingSettings settings) {
		sites.find(siteId).orElseThrow(() -> new org.govsite.platform.NotFound("site", siteId));
		typesettings.set(siteId, settings);
	}

	/** Back to the platform's defaults. */
	@PreAuthorize("@contentAccess.managesSite(#siteId)")
	public void clearTypesetting(long siteId) {
		typesettings.clear(siteId);
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

	/** The channel follows the platform's default review again. */
	@PreAuthorize("@contentAccess.managesChannel(#channelId)")
	public void clearReviewPolicy(long channelId) {
		policies.clear(channelId);
	}

	// the submit step's content checks

	/** What every installed content check finds in the newest version; the submit step shows it. */
	@Transactional(readOnly = true)
	@PreAuthorize("@contentAccess.mayRead(#documentId)")
	public SubmissionCheck submissionCheck(long documentId) {
		return workflow.check(documentId);
	}

	String actor() {
		return Objects.requireNonNullElse(staff.currentUsername(), "system");
	}

	private List<Long> readableSites(DocumentFilter filter) {
		return queries.readableSites(filter.siteId());
	}
}
