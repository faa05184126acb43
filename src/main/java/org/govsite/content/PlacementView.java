package org.govsite.content;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A live document shown in a channel: the channel may belong to another site than the document
 * (引用, 转载, an accepted 报送).
 *
 * @param documentId the document
 * @param siteId the site of the channel
 * @param channelId the channel
 * @param pinned 置顶
 * @param sortOrder manual order among the pinned or the others, smaller first
 * @param expiresAt when the placement stops showing, if ever
 */
@NamedInterface("catalogue")
public record PlacementView(long documentId, long siteId, long channelId, boolean pinned, int sortOrder,
		@Nullable Instant expiresAt) {
}
