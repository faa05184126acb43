package org.govsite.content.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.govsite.channel.ChannelView;
import org.govsite.content.PlacementReviewView;
import org.govsite.content.internal.ContentStore.HeldPlacement;
import org.govsite.identity.StaffAccess;
import org.govsite.identity.StaffRole;
import org.govsite.platform.NotFound;

import org.springframework.stereotype.Component;

/**
 * Placements held for the review levels their channel asks beyond what the document passed
 * ({@link PlacementReview}): deciding the hold when a document is placed, moved or accepted from
 * an offer, telling the channel's reviewers, and listing what waits for a reviewer.
 */
@Component
public class PlacementReviews {

	private final ContentStore store;

	private final ReviewPolicies policies;

	private final DocumentRepository documents;

	private final ContentAccess access;

	private final Notifier notifier;

	PlacementReviews(ContentStore store, ReviewPolicies policies, DocumentRepository documents, ContentAccess access,
			Notifier notifier) {
		this.store = store;
		this.policies = policies;
		this.documents = documents;
		this.access = access;
		this.notifier = notifier;
	}

	/** The levels a new placement of the document in the channel must pass first, if any. */
	public OptionalInt missing(Document document, long channelId) {
		if (store.channelIdsOf(document.id()).contains(channelId)) {
			return OptionalInt.empty(); // placed there already: only its pin or order changes
		}
		int needs = policies.of(channelId).levels() + (document.nonGovernmentReprint() ? 1 : 0);
		return PlacementReview.missing(document.requiredLevels(), needs,
				PlacementReview.reviewFixed(document.state(), document.isLive()));
	}

	/** Holds the new placement until its levels are passed, and asks the channel's reviewers. */
	public void hold(Document document, ChannelView channel, int required) {
		store.hold(document.id(), channel.id(), document.requiredLevels(), required);
		askReviewers(document, channel.siteId(), channel.id(), document.requiredLevels() + 1);
	}

	/** Asks the channel's reviewers for the next level, except those who may not pass it. */
	public void askReviewers(Document document, long siteId, long channelId, int level) {
		Set<String> notFor = new HashSet<>(document.editors());
		notFor.addAll(document.approversOfThisRound());
		store.held(document.id(), channelId).ifPresent(held -> {
			notFor.add(held.placedBy());
			notFor.addAll(held.reviewers());
		});
		notifier.tell(Set.of(StaffRole.REVIEWER.forSite(siteId), StaffRole.REVIEWER.forChannel(siteId, channelId)),
				notFor, Notice.PLACEMENT_REVIEW_WAITING, "/admin/documents/" + document.id(),
				title(document), level);
	}

	/** The held placements the user may pass the next level of: a reviewer of the channel, and eligible. */
	public List<PlacementReviewView> awaiting(StaffAccess staff, String username) {
		Set<Long> sites = staff.sitesWith(StaffRole.REVIEWER);
		if (sites.isEmpty()) {
			return List.of();
		}
		List<PlacementReviewView> waiting = new ArrayList<>();
		for (HeldPlacement held : store.heldIn(sites)) {
			if (!access.reviews(held.siteId(), Set.of(held.channelId()))) {
				continue;
			}
			Document document = documents.findById(held.documentId()).orElse(null);
			if (document == null || !eligible(document, held, username)) {
				continue;
			}
			waiting.add(view(document, held));
		}
		return waiting;
	}

	public List<PlacementReviewView> of(long documentId) {
		return documents.findById(documentId).map(this::of).orElseThrow(() -> new NotFound("document", documentId));
	}

	List<PlacementReviewView> of(Document document) {
		return store.heldOf(document.id()).stream().map(held -> view(document, held)).toList();
	}

	static boolean eligible(Document document, HeldPlacement held, String username) {
		Set<String> earlier = new HashSet<>(document.approversOfThisRound());
		earlier.addAll(held.reviewers());
		try {
			PlacementReview.requireEligible(username, document.editors(), held.placedBy(), earlier);
			return true;
		}
		catch (RuntimeException refused) {
			return false;
		}
	}

	private PlacementReviewView view(Document document, HeldPlacement held) {
		return new PlacementReviewView(document.id(), title(document), held.siteId(), held.channelId(), held.passed() + 1,
				held.required(), held.placedBy(), held.reviewers());
	}

	private String title(Document document) {
		return store.version(document.id(), document.currentVersion()).map(version -> version.content().title()).orElse("");
	}
}
