package org.govsite.site;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A site went online: first opened, or back after an offline period.
 *
 * @param siteId the site
 * @param domain its English domain
 * @param firstOpening whether this is its opening
 */
@DomainEvent
public record SiteOnline(long siteId, String domain, boolean firstOpening) {
}
