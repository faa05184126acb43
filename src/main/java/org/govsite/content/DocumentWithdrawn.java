package org.govsite.content;

import java.util.Set;

/**
 * A document was taken down (撤稿) from every channel: its pages go, and the lists that showed it
 * are rendered again.
 */
public record DocumentWithdrawn(long documentId, Set<Long> channelIds) {
}
