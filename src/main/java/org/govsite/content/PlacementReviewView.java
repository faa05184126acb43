package org.govsite.content;

import java.util.List;

/**
 * A placement waiting for review levels of its own: the document was placed (moved, or accepted
 * from an offer) into a channel that asks for more levels than it passed, and does not show there
 * until they are passed.
 *
 * @param documentId the document
 * @param title its newest title
 * @param siteId the channel's site
 * @param channelId the channel
 * @param nextLevel the level to pass next (the document's own levels count first)
 * @param requiredLevels the levels the channel asks for
 * @param placedBy who placed it there
 * @param reviewers who passed the placement's levels so far, in order
 */
public record PlacementReviewView(long documentId, String title, long siteId, long channelId, int nextLevel,
		int requiredLevels, String placedBy, List<String> reviewers) {
}
