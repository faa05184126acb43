package org.govsite.content;

import java.util.Set;

/**
 * A live document's placements changed (placed, removed, pinned, reordered, expired, a 报送
 * accepted): the lists of these channels are rendered again.
 */
public record PlacementsChanged(long documentId, Set<Long> channelIds) {
}
