package org.govsite.site;

import org.jspecify.annotations.Nullable;

/**
 * What other modules need to know of a site.
 *
 * @param id the site's id
 * @param name the site's name
 * @param kind portal or department
 * @param siteCode the 政府网站标识码, once assigned
 * @param parentId the portal a department site belongs to, if any
 * @param state where the site is in its lifecycle, as the name of its state
 */
public record SiteSummary(long id, String name, SiteKind kind, @Nullable String siteCode, @Nullable Long parentId,
		String state) {
}
