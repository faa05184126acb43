package org.govsite.content;

import java.util.Set;

import org.jmolecules.event.annotation.DomainEvent;

import org.springframework.modulith.NamedInterface;

/**
 * A document went live, or a new version of a live document replaced the old one.
 *
 * @param documentId the document
 * @param channelIds the channels it shows in now
 * @param previousChannelIds the channels it showed in before this, empty for a first release
 */
@DomainEvent
@NamedInterface("events")
public record DocumentPublished(long documentId, Set<Long> channelIds, Set<Long> previousChannelIds) {
}
