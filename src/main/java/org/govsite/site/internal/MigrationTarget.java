package org.govsite.site.internal;

import org.govsite.site.SiteState;

/**
 * The site a closing site's content moves to.
 *
 * @param id its id
 * @param name its name, kept in the history
 * @param state its state: it must be online
 */
public record MigrationTarget(long id, String name, SiteState state) {
}
