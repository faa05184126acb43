package org.govsite.content.internal;

import java.util.Collection;
import java.util.OptionalInt;

import org.govsite.content.ContentRuleViolation;
import org.govsite.content.DocumentState;

/**
 * The rule that keeps a placement from bypassing review (SPEC.md §3): a document's review was
 * fixed by the channels it was in when it was submitted. Placed, moved or offered afterwards into
 * a channel that asks for more levels, that placement waits for the missing levels, each passed by
 * a reviewer who neither wrote the document, placed it there, nor passed another of its levels.
 */
final class PlacementReview {

	private PlacementReview() {
	}

	/**
	 * The levels a new placement must pass before it shows, if more than the document passed.
	 *
	 * @param passed the levels the document's review asked for when it was submitted
	 * @param channelNeeds the levels the new channel asks for (a non-government reprint's extra one included)
	 * @param reviewFixed whether the document's review is fixed (submitted, approved or live): a draft
	 *        not yet submitted will be reviewed for all its channels anyway
	 */
	static OptionalInt missing(int passed, int channelNeeds, boolean reviewFixed) {
		return reviewFixed && channelNeeds > passed ? OptionalInt.of(channelNeeds) : OptionalInt.empty();
	}

	/** Whether a document's review levels are already fixed: from its submission, or while a version of it is live. */
	static boolean reviewFixed(DocumentState state, boolean live) {
		return live || (state != DocumentState.DRAFT && state != DocumentState.WITHDRAWN);
	}

	/**
	 * Refuses a reviewer who may not pass the next level of a held placement.
	 *
	 * @param editors the document's author and editors
	 * @param placedBy who placed it in the channel
	 * @param earlierReviewers who passed the document's own levels and the placement's earlier ones
	 */
	static void requireEligible(String reviewer, Collection<String> editors, String placedBy,
			Collection<String> earlierReviewers) {
		if (editors.contains(reviewer) || placedBy.equals(reviewer)) {
			throw new ContentRuleViolation("content.review.ownDocument");
		}
		if (earlierReviewers.contains(reviewer)) {
			throw new ContentRuleViolation("content.review.sameReviewer");
		}
	}
}
