package org.govsite.content.internal;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.govsite.content.ReviewShortfall;
import org.govsite.identity.StaffDirectory;
import org.govsite.identity.StaffRole;
import org.govsite.platform.NotFound;

import org.springframework.stereotype.Component;

/**
 * Whether enough distinct people may review for the levels asked: a three-level channel with one
 * reviewer accepts submissions that can never pass level 2 (each level needs another reviewer).
 */
@Component
public class ReviewCapacity {

	private final StaffDirectory staff;

	private final ContentStore store;

	private final ReviewPolicies policies;

	private final DocumentRepository documents;

	ReviewCapacity(StaffDirectory staff, ContentStore store, ReviewPolicies policies, DocumentRepository documents) {
		this.documents = documents;
		this.staff = staff;
		this.store = store;
		this.policies = policies;
	}

	public Optional<ReviewShortfall> of(long documentId) {
		return of(documents.findById(documentId).orElseThrow(() -> new NotFound("document", documentId)));
	}

	/** For a submitted document: its levels against the reviewers of its site and its channels there. */
	Optional<ReviewShortfall> of(Document document) {
		Set<Long> channels = new TreeSet<>();
		store.placementsOf(document.id())
			.stream()
			.filter(placement -> placement.siteId() == document.siteId())
			.forEach(placement -> channels.add(placement.channelId()));
		int levels = document.requiredLevels() > 0 ? document.requiredLevels() : policies.strictest(channels).levels();
		return shortfall(levels, reviewers(document.siteId(), channels, document.editors()));
	}

	/** For a channel: its levels against its reviewers and the site's. */
	public Optional<ReviewShortfall> ofChannel(long siteId, long channelId) {
		return shortfall(policies.of(channelId).levels(), reviewers(siteId, Set.of(channelId), Set.of()));
	}

	private Set<String> reviewers(long siteId, Collection<Long> channelIds, Collection<String> excluded) {
		Set<String> reviewers = new TreeSet<>(staff.holdersOf(StaffRole.REVIEWER.forSite(siteId)));
		channelIds.forEach(channelId -> reviewers.addAll(staff.holdersOf(StaffRole.REVIEWER.forChannel(siteId, channelId))));
		reviewers.removeAll(excluded);
		return reviewers;
	}

	static Optional<ReviewShortfall> shortfall(int levels, Set<String> reviewers) {
		return reviewers.size() < levels ? Optional.of(new ReviewShortfall(levels, reviewers.size())) : Optional.empty();
	}
}
