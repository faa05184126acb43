package org.govsite.content;

import java.util.Set;

import org.jmolecules.event.annotation.DomainEvent;

import org.springframework.modulith.NamedInterface;

/**
 * A live document's placements changed (placed, removed, pinned, reordered, expired, a 报送
 * accepted): the lists of these channels are rendered again.
 */
@DomainEvent
@NamedInterface("events")
public record PlacementsChanged(long documentId, Set<Long> channelIds) {
}
