package org.govsite.site;

import java.util.Set;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A site's registration or profile changed (the footer, the meta tags or the site's address may
 * need publishing again).
 *
 * @param siteId the site
 * @param changed what changed
 */
@DomainEvent
public record SiteChanged(long siteId, Set<ChangeSubject> changed) {
}
