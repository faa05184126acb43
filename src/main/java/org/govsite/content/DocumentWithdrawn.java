package org.govsite.content;

import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * A document was taken down (撤稿) from every channel: its pages go, and the lists that showed it
 * are rendered again.
 */
@NamedInterface("events")
public record DocumentWithdrawn(long documentId, Set<Long> channelIds) {
}
