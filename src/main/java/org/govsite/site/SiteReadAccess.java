package org.govsite.site;

/**
 * Whether the signed-in user may read a site's registration, lifecycle, change records and
 * accounts: the three administrators every site's, everyone else the sites they hold a role over.
 * The directory of sites stays open to all staff; a list links only what may be read.
 */
public interface SiteReadAccess {

	boolean mayRead(long siteId);
}
