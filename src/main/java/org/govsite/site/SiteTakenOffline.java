package org.govsite.site;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A site went offline: an approved temporary offline, or an emergency shutdown.
 *
 * @param siteId the site
 * @param emergency whether it was an emergency shutdown
 * @param plannedEnd the planned end of a temporary offline period
 */
@DomainEvent
public record SiteTakenOffline(long siteId, boolean emergency, @Nullable LocalDate plannedEnd) {
}
