package org.govsite.content;

import java.time.LocalDate;
import java.util.Set;

import org.jmolecules.event.annotation.DomainEvent;

import org.springframework.modulith.NamedInterface;

/**
 * A live document was archived (归档): it stays online, marked as archived from that day, and the
 * pages that show it are rendered again.
 *
 * @param documentId the document
 * @param channelIds the channels it shows in
 * @param archivedOn the day it counts as archived from
 */
@DomainEvent
@NamedInterface("events")
public record DocumentArchived(long documentId, Set<Long> channelIds, LocalDate archivedOn) {

	public DocumentArchived {
		channelIds = Set.copyOf(channelIds);
	}
}
