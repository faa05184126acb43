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
 * @param state where the site is in its lifecycle
 * @param domain its English domain, once registered
 * @param errorReportEnabled whether its pages show the 我为政府网站找错 entry (off once it has left
 * supervision or closed)
 */
public record SiteSummary(long id, String name, SiteKind kind, @Nullable String siteCode, @Nullable Long parentId,
		SiteState state, @Nullable String domain, boolean errorReportEnabled) {
}
