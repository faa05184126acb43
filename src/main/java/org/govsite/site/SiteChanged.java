package org.govsite.site;

import java.util.Set;

/**
 * A site's registration or profile changed (the footer, the meta tags or the site's address may
 * need publishing again).
 *
 * @param siteId the site
 * @param changed what changed
 */
public record SiteChanged(long siteId, Set<ChangeSubject> changed) {
}
