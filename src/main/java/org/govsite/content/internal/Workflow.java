package org.govsite.content.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.govsite.channel.ChannelsPublished;
import org.govsite.content.ContentChecker;
import org.govsite.content.ContentRuleViolation;
import org.govsite.content.DocumentArchived;
import org.govsite.content.DocumentPublished;
import org.govsite.content.DocumentState;
import org.govsite.content.DocumentType;
import org.govsite.content.DocumentWithdrawn;
import org.govsite.content.PlacementView;
import org.govsite.content.PlacementsChanged;
import org.govsite.content.SubmissionCheck;
import org.govsite.identity.StaffRole;
import org.govsite.platform.NotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review workflow around the {@link Document} aggregate: each step runs the document's own
 * transition, then what follows from it across documents and modules — the strictest review of
 * its channels at submission, the release of a policy document together with its interpretations,
 * its placements going live or down, the events the publisher reacts to, and the staff's inbox.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class Workflow {

	private final DocumentRepository documents;

	private final ContentStore store;

	private final ReviewPolicies policies;

	private final Library library;

	private final Notifier notifier;

	private final ApplicationEventPublisher events;

	private final SubmissionChecks checks;

	private final PlacementReviews placementReviews;

	private final ApplicationFormGate applicationForms;

	private final Clock clock;

	Workflow(DocumentRepository documents, ContentStore store, ReviewPolicies policies, Library library,
			Notifier notifier, ApplicationEventPublisher events, List<ContentChecker> checkers,
			PlacementReviews placementReviews, ApplicationFormGate applicationForms, Clock clock) {
		this.applicationForms = applicationForms;
		this.placementReviews = placementReviews;
		this.checks = new SubmissionChecks(checkers);
		this.documents = documents;
		this.store = store;
		this.policies = policies;
		this.library = library;
		this.notifier = notifier;
		this.events = events;
		this.clock = clock;
	}

	/** The review a document placed where it is now would need. */
	public ReviewRequirement requirement(long documentId) {
		return policies.strictest(store.channelIdsOf(documentId));
	}

	public void submit(long documentId, boolean confidentialityConfirmed, String actor) {
		Document document = library.document(documentId);
		if (store.channelIdsOf(documentId).isEmpty()) {
			throw new ContentRuleViolation("content.submit.noPlacement");
		}
		ContentStore.StoredVersion version = newest(document);
		checks.requireSubmittable(version.content().title(), version.content().body());
		ContentRules.requireSourceWhenReprinted(version.content(), document.siteId(), store.sitesOfPlacements(documentId));
		applicationForms.requireFilled(document);
		document.submit(actor, requirement(documentId), confidentialityConfirmed, clock.instant());
		documents.save(document);
		tellReviewers(document);
	}

	/** What every configured {@link ContentChecker} finds in the newest version (none configured: nothing). */
	public SubmissionCheck check(long documentId) {
		ContentStore.StoredVersion version = newest(library.document(documentId));
		return checks.run(version.content().title(), version.content().body());
	}

	private ContentStore.StoredVersion newest(Document document) {
		return store.version(document.id(), document.currentVersion())
			.orElseThrow(() -> new NotFound("document", document.id()));
	}

	public void approve(long documentId, String comment, String reviewer) {
		Document document = library.document(documentId);
		applicationForms.requireSigned(document);
		document.approve(reviewer, comment, clock.instant());
		documents.save(document);
		switch (document.state()) {
			case IN_REVIEW -> tellReviewers(document);
			case PROOFREADING -> tellAuthors(document, Notice.PROOFREADING_WAITING);
			case APPROVED -> releaseWithPartners(document, reviewer);
			default -> {
			}
		}
	}

	/**
	 * Passes the next level of a placement held for its channel's review; the last one shows it
	 * there (when the document is live).
	 */
	public void approvePlacement(long documentId, long channelId, @Nullable String comment, String reviewer) {
		Document document = library.document(documentId);
		ContentStore.HeldPlacement held = store.held(documentId, channelId)
			.orElseThrow(() -> new ContentRuleViolation("content.placementReview.none"));
		Set<String> earlier = new TreeSet<>(document.approversOfThisRound());
		earlier.addAll(held.reviewers());
		PlacementReview.requireEligible(reviewer, document.editors(), held.placedBy(), earlier);
		store.passPlacementLevel(held, reviewer, comment, clock.instant());
		if (held.passed() + 1 < held.required()) {
			placementReviews.askReviewers(document, held.siteId(), channelId, held.passed() + 2);
		}
		else if (document.isLive()) {
			store.setPlacementLive(documentId, channelId, library.publishedAt(document));
			events.publishEvent(new ChannelsPublished(Set.of(channelId), clock.instant()));
			store.touchSites(List.of(held.siteId()), clock.instant());
			events.publishEvent(new PlacementsChanged(documentId, Set.of(channelId)));
		}
	}

	public void sendBack(long documentId, String comment, String reviewer) {
		change(documentId, document -> document.sendBack(reviewer, comment, clock.instant()));
		tellAuthors(library.document(documentId), Notice.SENT_BACK, comment);
	}

	public void recall(long documentId, String editor) {
		change(documentId, document -> document.recall(editor, clock.instant()));
	}

	public void referToSecrecy(long documentId, String note, String reviewer) {
		change(documentId, document -> document.referToSecrecy(reviewer, note, clock.instant()));
	}

	public void recordSecrecyAnswer(long documentId, boolean cleared, String answer, String actor) {
		Document document = change(documentId, d -> d.recordSecrecyAnswer(actor, cleared, answer, clock.instant()));
		tellAuthors(document, Notice.SECRECY_ANSWERED, answer);
		if (document.state() == DocumentState.IN_REVIEW) {
			tellReviewers(document);
		}
	}

	/**
	 * 发布: the editor's proofreading done, an approved document waiting for its partner put
	 * live anyway, or a scheduled one put live now.
	 */
	public void publish(long documentId, String editor) {
		Document document = library.document(documentId);
		switch (document.state()) {
			case PROOFREADING -> {
				document.proofread(editor, clock.instant());
				documents.save(document);
				releaseWithPartners(document, editor);
			}
			case APPROVED, SCHEDULED -> {
				boolean wasLive = document.isLive();
				document.publishNow(editor, clock.instant());
				documents.save(document);
				wentLive(document, wasLive);
			}
			default -> throw new ContentRuleViolation("content.refused.PUBLISHED");
		}
	}

	public void schedulePublish(long documentId, Instant at, String actor) {
		change(documentId, document -> document.schedulePublish(actor, at, clock.instant()));
	}

	public void scheduleWithdrawal(long documentId, Instant at, String actor) {
		change(documentId, document -> document.scheduleWithdrawal(actor, at, clock.instant()));
	}

	public void withdraw(long documentId, String reason, String actor) {
		Document document = library.document(documentId);
		document.withdraw(actor, reason, clock.instant());
		documents.save(document);
		wentDown(document);
	}

	public void archive(long documentId, String actor) {
		LocalDate today = LocalDate.now(clock);
		Document document = change(documentId, d -> d.archive(actor, today, clock.instant()));
		Set<Long> channels = store.channelIdsOf(documentId);
		store.touchSites(store.sitesOfPlacements(documentId), clock.instant());
		events.publishEvent(new DocumentArchived(document.id(), channels, today));
	}

	/** Releases what is due now; called by the scheduler with the document locked. */
	public void releaseIfDue(long documentId) {
		Document document = library.document(documentId);
		boolean wasLive = document.isLive();
		if (document.releaseIfDue(clock.instant())) {
			documents.save(document);
			wentLive(document, wasLive);
		}
	}

	public void withdrawIfDue(long documentId) {
		Document document = library.document(documentId);
		boolean wasLive = document.isLive();
		boolean down = document.withdrawIfDue(clock.instant());
		documents.save(document);
		if (down && wasLive) {
			wentDown(document);
		}
	}

	/**
	 * A policy document and its interpretations go live together (SPEC.md §3): an approved one
	 * waits while a partner that is not live yet is still being written or reviewed; the last one
	 * approved releases them all.
	 */
	private void releaseWithPartners(Document document, String actor) {
		List<Document> partners = partners(document);
		Optional<Document> unfinished = partners.stream()
			.filter(partner -> !partner.isLive() && waitsFor(partner.state()))
			.findFirst();
		if (unfinished.isPresent()) {
			document.waitForPartner(actor, clock.instant(), title(unfinished.get()));
			documents.save(document);
			return;
		}
		release(document, actor);
		for (Document partner : partners) {
			if (partner.state() == DocumentState.APPROVED) {
				release(partner, actor);
			}
			else if (partner.isLive()) {
				// its page gains the link to the newly released one
				Set<Long> channels = store.channelIdsOf(partner.id());
				events.publishEvent(new DocumentPublished(partner.id(), channels, channels));
			}
		}
	}

	private static boolean waitsFor(DocumentState state) {
		return state == DocumentState.DRAFT || state == DocumentState.IN_REVIEW || state == DocumentState.HELD_FOR_SECRECY
				|| state == DocumentState.PROOFREADING;
	}

	private void release(Document document, String actor) {
		boolean wasLive = document.isLive();
		boolean live = document.release(actor, clock.instant());
		documents.save(document);
		if (live) {
			wentLive(document, wasLive);
		}
	}

	/** Its placements show from now, the publisher renders it, its authors are told. */
	private void wentLive(Document document, boolean wasLive) {
		// placements held for levels this round of review has now passed show with the others
		store.releaseHoldsUpTo(document.id(), document.requiredLevels());
		Set<Long> channels = store.channelIdsOf(document.id());
		store.setLive(document.id(), true, library.publishedAt(document));
		events.publishEvent(new ChannelsPublished(store.liveChannelIdsOf(document.id()), clock.instant()));
		store.touchSites(store.sitesOfPlacements(document.id()), clock.instant());
		events.publishEvent(new DocumentPublished(document.id(), channels, wasLive ? channels : Set.of()));
		tellAuthors(document, Notice.PUBLISHED);
	}

	private void wentDown(Document document) {
		Set<Long> channels = store.channelIdsOf(document.id());
		store.setLive(document.id(), false, null);
		store.touchSites(store.sitesOfPlacements(document.id()), clock.instant());
		events.publishEvent(new DocumentWithdrawn(document.id(), channels));
		tellAuthors(document, Notice.WITHDRAWN);
	}

	/** A policy document's interpretations, or an interpretation's policy document. */
	List<Document> partners(Document document) {
		List<Document> partners = new ArrayList<>();
		if (document.type() == DocumentType.POLICY) {
			partners.addAll(documents.findByPolicyId(document.id()));
		}
		if (document.policyId() != null) {
			documents.findById(document.policyId()).ifPresent(partners::add);
		}
		return partners;
	}

	private Document change(long documentId, Consumer<Document> transition) {
		Document document = library.document(documentId);
		transition.accept(document);
		return documents.save(document);
	}

	/** The reviewers of the document's site, and of each channel of that site it is placed in. */
	private void tellReviewers(Document document) {
		Set<String> recipients = new TreeSet<>();
		recipients.add(StaffRole.REVIEWER.forSite(document.siteId()));
		for (PlacementView placement : store.placementsOf(document.id())) {
			if (placement.siteId() == document.siteId()) {
				recipients.add(StaffRole.REVIEWER.forChannel(document.siteId(), placement.channelId()));
			}
		}
		// not for its authors, nor for whoever passed an earlier level of this round: they may not act on it
		Set<String> notFor = new TreeSet<>(document.editors());
		notFor.addAll(document.approversOfThisRound());
		notifier.tell(recipients, notFor, Notice.REVIEW_WAITING, reviewLink(document),
				title(document), document.reviewLevel());
	}

	private void tellAuthors(Document document, Notice kind, Object... more) {
		Object[] arguments = new Object[more.length + 1];
		arguments[0] = title(document);
		System.arraycopy(more, 0, arguments, 1, more.length);
		notifier.tell(document.editors(), kind, "/admin/documents/" + document.id(), arguments);
	}

	private static String reviewLink(Document document) {
		return "/admin/documents/" + document.id();
	}

	private String title(Document document) {
		return library.title(document.id());
	}
}
