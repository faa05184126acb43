package org.govsite.content.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelView;
import org.govsite.channel.ChannelsPublished;
import org.govsite.content.AttachmentRef;
import org.govsite.content.ContentRuleViolation;
import org.govsite.content.DisclosureMetadata;
import org.govsite.content.DocumentContent;
import org.govsite.content.DocumentType;
import org.govsite.content.DocumentView;
import org.govsite.content.PlacementRequest;
import org.govsite.content.PlacementView;
import org.govsite.content.PlacementsChanged;
import org.govsite.content.PublishedDocument.RelatedDocument;
import org.govsite.content.internal.ContentStore.StoredVersion;
import org.govsite.platform.NotFound;
import org.govsite.site.SiteDirectory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing documents: creating them, saving versions (sanitized and checked), restoring an old
 * version, and placing them in channels. Runs inside the service's transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class Library {

	private final DocumentRepository documents;

	private final ContentStore store;

	private final HtmlSanitizer sanitizer;

	private final SiteDirectory sites;

	private final ChannelDirectory channels;

	private final CatalogQueries catalog;

	private final ApplicationEventPublisher events;

	private final PlacementReviews reviews;

	private final Clock clock;

	Library(DocumentRepository documents, ContentStore store, HtmlSanitizer sanitizer, SiteDirectory sites,
			ChannelDirectory channels, CatalogQueries catalog, ApplicationEventPublisher events,
			PlacementReviews reviews, Clock clock) {
		this.reviews = reviews;
		this.documents = documents;
		this.store = store;
		this.sanitizer = sanitizer;
		this.sites = sites;
		this.channels = channels;
		this.catalog = catalog;
		this.events = events;
		this.clock = clock;
	}

	public long create(long siteId, DocumentType type, DocumentContent content, String author) {
		sites.find(siteId).orElseThrow(() -> new NotFound("site", siteId));
		DocumentContent checked = checked(type, content, null);
		Document document = documents.save(Document.create(siteId, type, author, clock.instant()));
		writeVersion(document, checked, author);
		return document.id();
	}

	/**
	 * A new document whose first version needs its id first: an imported file's pictures are
	 * stored as the new document's attachments before its body, which refers to them, is written.
	 */
	public long create(long siteId, DocumentType type, String author, Function<Long, DocumentContent> contentOf) {
		sites.find(siteId).orElseThrow(() -> new NotFound("site", siteId));
		Document document = documents.save(Document.create(siteId, type, author, clock.instant()));
		writeVersion(document, checked(type, contentOf.apply(document.id()), document.id()), author);
		return document.id();
	}

	/** @return the new version's number */
	public int save(long documentId, DocumentContent content, String editor) {
		Document document = document(documentId);
		DocumentContent checked = checked(document.type(), content, document.id());
		return writeVersion(document, checked, editor);
	}

	/** Copies an old version as the newest. */
	public int restore(long documentId, int number, String editor) {
		Document document = document(documentId);
		StoredVersion old = store.version(documentId, number)
			.orElseThrow(() -> new ContentRuleViolation("content.version.unknown", number));
		int next = document.restored(number, editor, document.nonGovernmentReprint(), clock.instant());
		documents.save(document);
		store.insertVersion(documentId, next, old.content(), document.nonGovernmentReprint(), editor, clock.instant());
		return next;
	}

	private int writeVersion(Document document, DocumentContent content, String editor) {
		int number = document.saved(editor, content.nonGovernmentSource(), content.policyId(), clock.instant());
		recordBackdating(document, content, editor);
		documents.save(document);
		DisclosureMetadata disclosure = content.disclosure();
		if (disclosure != null && disclosure.indexNumber() != null && !store.claimIndexNumber(document.id(), disclosure.indexNumber())) {
			throw new ContentRuleViolation("content.field.indexNumber.taken", disclosure.indexNumber());
		}
		store.insertVersion(document.id(), number, content, content.nonGovernmentSource(), editor, clock.instant());
		return number;
	}

	/** A display date before today, newly set or changed, goes on the record (倒签, SPEC.md §9). */
	private void recordBackdating(Document document, DocumentContent content, String editor) {
		Instant shown = content.displayDate();
		if (shown == null) {
			return;
		}
		java.time.LocalDate day = shown.atZone(clock.getZone()).toLocalDate();
		java.time.LocalDate today = java.time.LocalDate.now(clock);
		Instant before = document.currentVersion() <= 1 ? null : store.version(document.id(), document.currentVersion() - 1)
			.map(version -> version.content().displayDate())
			.orElse(null);
		if (day.isBefore(today) && !shown.equals(before)) {
			document.backdated(editor, day, clock.instant());
		}
	}

	/** Checks the content and its references, and sanitizes the body. */
	private DocumentContent checked(DocumentType type, DocumentContent content, Long documentId) {
		DocumentContent checked = ContentRules.check(type, content, clock.instant());
		if (checked.policyId() != null) {
			Document policy = documents.findById(checked.policyId())
				.orElseThrow(() -> new ContentRuleViolation("content.field.policyId.unknown", checked.policyId()));
			if (policy.type() != DocumentType.POLICY) {
				throw new ContentRuleViolation("content.field.policyId.notPolicy", checked.policyId());
			}
		}
		Set<Long> files = documentId == null ? Set.of()
				: store.attachmentsOf(documentId).stream().map(AttachmentRef::id).collect(java.util.stream.Collectors.toSet());
		if (checked.coverId() != null && !files.contains(checked.coverId())) {
			throw new ContentRuleViolation("content.field.coverId.unknown");
		}
		if (!files.containsAll(checked.attachmentIds())) {
			throw new ContentRuleViolation("content.field.attachmentIds.unknown");
		}
		String body = sanitizer.sanitize(checked.body());
		for (Long picture : HtmlSanitizer.attachmentsIn(body)) {
			// a picture of another document would be published with this one, unseen by its reviewers
			if (!files.contains(picture)) {
				throw new ContentRuleViolation("content.field.body.foreignPicture", picture);
			}
		}
		DocumentContent result = checked.withBody(body);
		if (documentId != null && checked.disclosure() != null) {
			DisclosureMetadata disclosure = checked.disclosure();
			java.util.Optional<String> own = store.indexNumberOf(documentId);
			if (own.isPresent() && disclosure.indexNumber() != null && !own.get().equals(disclosure.indexNumber())) {
				throw new ContentRuleViolation("content.field.indexNumber.fixed", own.get());
			}
			if (own.isPresent() && disclosure.indexNumber() == null) {
				// a version saved without it keeps the document's number
				result = result.withDisclosure(IndexNumbers.withNumber(disclosure, own.get()));
			}
		}
		return result;
	}

	/**
	 * Places the document in the channel (or changes its pin, order, expiry there). A live
	 * document shows there at once, and the channel's lists are announced as changed; unless the
	 * channel asks for more review levels than the document passed: that placement waits for them.
	 */
	public void place(long documentId, PlacementRequest request, String editor) {
		Document document = document(documentId);
		ChannelView channel = channels.find(request.channelId())
			.orElseThrow(() -> new NotFound("channel", request.channelId()));
		if (!channel.acceptsContent()) {
			throw new ContentRuleViolation("content.placement.archivedChannel", channel.name());
		}
		if (request.expiresAt() != null && !request.expiresAt().isAfter(clock.instant())) {
			throw new ContentRuleViolation("content.field.expiresAt.past");
		}
		if (channel.siteId() != document.siteId()) {
			store.version(documentId, document.currentVersion()).ifPresent(version -> ContentRules
				.requireSourceWhenReprinted(version.content(), document.siteId(), List.of(channel.siteId())));
		}
		placeReviewed(document, channel, request, editor);
	}

	/**
	 * Places the document, held for review where the channel asks for more levels than it passed.
	 *
	 * @return whether the placement shows now
	 */
	boolean placeReviewed(Document document, ChannelView channel, PlacementRequest request, String editor) {
		java.util.OptionalInt missing = reviews.missing(document, channel.id());
		boolean shows = document.isLive() && missing.isEmpty();
		store.place(document.id(), channel.siteId(), request, editor, clock.instant(), shows,
				shows ? publishedAt(document) : null);
		missing.ifPresent(required -> reviews.hold(document, channel, required));
		if (shows) {
			events.publishEvent(new ChannelsPublished(Set.of(channel.id()), clock.instant()));
			store.touchSites(List.of(channel.siteId()), clock.instant());
			events.publishEvent(new PlacementsChanged(document.id(), Set.of(channel.id())));
		}
		return shows;
	}

	/**
	 * Moves the document from one channel to another (as a move is understood: it leaves the first
	 * and shows in the second, pinned and ordered as it was), in one change.
	 */
	public void move(long documentId, long fromChannelId, long toChannelId, String editor) {
		Document document = document(documentId);
		if (fromChannelId == toChannelId) {
			throw new ContentRuleViolation("content.move.sameChannel");
		}
		PlacementView old = store.placementsOf(documentId).stream()
			.filter(placement -> placement.channelId() == fromChannelId)
			.findFirst()
			.orElseThrow(() -> new ContentRuleViolation("content.move.notPlaced",
					channels.find(fromChannelId).map(ChannelView::name).orElse(String.valueOf(fromChannelId))));
		ChannelView target = channels.find(toChannelId).orElseThrow(() -> new NotFound("channel", toChannelId));
		if (!target.acceptsContent()) {
			throw new ContentRuleViolation("content.placement.archivedChannel", target.name());
		}
		placeReviewed(document, target, new PlacementRequest(toChannelId, old.pinned(), old.sortOrder(), old.expiresAt()),
				editor);
		store.removePlacement(documentId, fromChannelId);
		if (document.isLive()) {
			store.touchSites(List.of(old.siteId()), clock.instant());
			events.publishEvent(new PlacementsChanged(documentId, Set.of(fromChannelId)));
		}
	}

	public void removePlacement(long documentId, long channelId) {
		Document document = document(documentId);
		if (!store.removePlacement(documentId, channelId)) {
			throw new NotFound("placement", channelId);
		}
		if (document.isLive()) {
			channels.find(channelId).ifPresent(channel -> store.touchSites(List.of(channel.siteId()), clock.instant()));
			events.publishEvent(new PlacementsChanged(documentId, Set.of(channelId)));
		}
	}

	/** The date a live document's page and lists show: the one the editor set, else its first release. */
	java.time.Instant publishedAt(Document document) {
		Integer live = Objects.requireNonNull(document.liveVersion());
		return store.version(document.id(), live)
			.map(version -> version.content().displayDate())
			.filter(Objects::nonNull)
			.orElse(Objects.requireNonNull(document.firstPublishedAt()));
	}

	public DocumentView view(long documentId) {
		Document document = document(documentId);
		StoredVersion current = store.version(documentId, document.currentVersion())
			.orElseThrow(() -> new NotFound("document", documentId));
		DocumentContent content = current.content();
		content = new DocumentContent(content.title(), content.subtitle(), content.body(), content.summary(),
				content.source(), content.author(), content.responsibleEditor(), content.coverId(),
				content.attachmentIds(), content.keywords(), content.displayDate(), content.linkUrl(), content.reprint(),
				content.reprintUrl(), document.nonGovernmentReprint(), document.policyId(), content.disclosure());
		List<RelatedDocument> related = catalog.draft(documentId).map(draft -> draft.related()).orElse(List.of());
		return new DocumentView(document.id(), document.siteId(), document.type(), document.state(),
				document.reviewLevel(), document.requiredLevels(), document.proofreading(), document.createdBy(),
				document.createdAt(), document.updatedAt(), document.currentVersion(), document.liveVersion(),
				document.firstPublishedAt(), document.scheduledPublishAt(), document.scheduledWithdrawAt(),
				document.archivedOn(), document.nonGovernmentReprint(), document.secrecyNote(), content,
				store.attachmentsOf(documentId), store.placementsOf(documentId),
				document.history().stream().map(HistoryEntry::view).toList(), related,
				List.copyOf(document.editors()));
	}

	/** The newest version's title. */
	public String title(long documentId) {
		Document document = document(documentId);
		return store.version(documentId, document.currentVersion())
			.map(version -> version.content().title())
			.orElseThrow(() -> new NotFound("document", documentId));
	}

	Document document(long documentId) {
		return documents.findById(documentId).orElseThrow(() -> new NotFound("document", documentId));
	}
}
