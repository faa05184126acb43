package org.govsite.content;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where to place a document: a channel of its own site or of another the editor may write to.
 *
 * @param channelId the channel
 * @param pinned 置顶
 * @param sortOrder manual order, smaller first (0 when none)
 * @param expiresAt when it stops showing in the channel's lists, if ever
 */
public record PlacementRequest(long channelId, boolean pinned, int sortOrder, @Nullable Instant expiresAt) {

	public static PlacementRequest in(long channelId) {
		return new PlacementRequest(channelId, false, 0, null);
	}
}
