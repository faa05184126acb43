package org.govsite.site;

import java.util.List;
import java.util.Optional;

/** Looks up sites, for the modules that hang things under them. */
public interface SiteDirectory {

	Optional<SiteSummary> find(long siteId);

	/** Every site of the group, portals first, then by name. */
	List<SiteSummary> all();

	/** What the site's published pages show of it: header, footer and meta tags. */
	Optional<SitePageFacts> pageFacts(long siteId);

	/** The notices standing on the site (for its home page), oldest first. */
	List<NoticeView> noticesOn(long siteId);
}
