package org.govsite.site;

import java.util.List;
import java.util.Optional;

/** Looks up sites, for the modules that hang things under them. */
public interface SiteDirectory {

	Optional<SiteSummary> find(long siteId);

	/** Every site of the group, portals first, then by name. */
	List<SiteSummary> all();

	/** The department sites under a portal, by name (for what shows the portal on their pages). */
	List<SiteSummary> departmentsOf(long portalId);

	/** What the site's published pages show of it: header, footer and meta tags. */
	Optional<SitePageFacts> pageFacts(long siteId);

	/** What every site's published pages show of it, in one reading (for who keeps the group's addresses). */
	List<SitePageFacts> allPageFacts();

	/** The notices standing on the site (for its home page), oldest first. */
	List<NoticeView> noticesOn(long siteId);
}
