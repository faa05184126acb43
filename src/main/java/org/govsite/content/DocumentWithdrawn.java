package org.govsite.content;

import java.util.Set;

import org.jmolecules.event.annotation.DomainEvent;

import org.springframework.modulith.NamedInterface;

/**
 * A document was taken down (撤稿) from every channel: its pages go, and the lists that showed it
 * are rendered again.
 */
@DomainEvent
@NamedInterface("events")
public record DocumentWithdrawn(long documentId, Set<Long> channelIds) {
}
