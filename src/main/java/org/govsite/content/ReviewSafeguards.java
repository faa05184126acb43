package org.govsite.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.govsite.channel.ChannelDirectory;
import org.govsite.content.internal.PlacementReviews;
import org.govsite.content.internal.ReviewCapacity;
import org.govsite.content.internal.Workflow;
import org.govsite.identity.StaffAccess;
import org.govsite.platform.NotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What keeps review from being bypassed or stuck: placements held for the review levels their
 * channel asks beyond what the document passed, and the warning when a document or a channel has
 * fewer distinct reviewers than levels.
 */
@Service
@Transactional
public class ReviewSafeguards {

	private final Workflow workflow;

	private final PlacementReviews placementReviews;

	private final ReviewCapacity capacity;

	private final ChannelDirectory channels;

	private final StaffAccess staff;

	ReviewSafeguards(Workflow workflow, PlacementReviews placementReviews, ReviewCapacity capacity,
			ChannelDirectory channels, StaffAccess staff) {
		this.workflow = workflow;
		this.placementReviews = placementReviews;
		this.capacity = capacity;
		this.channels = channels;
		this.staff = staff;
	}

	/** Whether the document's review can finish with the reviewers there are. */
	@Transactional(readOnly = true)
	@PreAuthorize("@contentAccess.mayRead(#documentId)")
	public Optional<ReviewShortfall> reviewShortfall(long documentId) {
		return capacity.of(documentId);
	}

	/** Whether a document submitted in the channel could finish its review. */
	@Transactional(readOnly = true)
	@PreAuthorize("@contentAccess.managesChannel(#channelId)")
	public Optional<ReviewShortfall> channelReviewShortfall(long channelId) {
		long siteId = channels.find(channelId).orElseThrow(() -> new NotFound("channel", channelId)).siteId();
		return capacity.ofChannel(siteId, channelId);
	}

	/** The document's placements waiting for review levels of their own. */
	@Transactional(readOnly = true)
	@PreAuthorize("@contentAccess.mayRead(#documentId)")
	public List<PlacementReviewView> heldPlacements(long documentId) {
		return placementReviews.of(documentId);
	}

	/** Passes the next level of a held placement; the last one shows the document there. */
	@PreAuthorize("@contentAccess.mayReviewIn(#channelId)")
	public void approvePlacement(long documentId, long channelId, @Nullable String comment) {
		workflow.approvePlacement(documentId, channelId, comment == null || comment.isBlank() ? null : comment.strip(),
				actor());
	}

	/** The held placements the signed-in reviewer may pass the next level of. */
	@Transactional(readOnly = true)
	public List<PlacementReviewView> placementsAwaitingMyReview() {
		return placementReviews.awaiting(staff, actor());
	}

	private String actor() {
		return Objects.requireNonNull(staff.currentUsername(), "signed in");
	}
}
