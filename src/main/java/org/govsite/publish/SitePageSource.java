package org.govsite.publish;

import java.util.List;

/**
 * A module that keeps pages of the sites (the disclosure catalogue and annual reports): a bean of
 * it is asked for a site's pages at every full publish of the site, and again when the module asks
 * {@link PublishJobs#publishSitePages(long, String)}. Its pages live under its own folder, which
 * publishing keeps in step with what it answers: a page it no longer gives is taken off the site.
 */
public interface SitePageSource {

	/** The folder of the site its pages are under, e.g. {@code disclosure/}; no other source or page uses it. */
	String folder();

	/** Every page the site has now; none for a site the module has nothing on. */
	List<SitePage> pages(long siteId);

	/**
	 * The pages of the site that its site map (网站地图) lists below the channels, so that a reader
	 * finds them from every page's footer; none by default. The site map is written with the pages.
	 */
	default List<SitePage.Href> siteMapEntries(long siteId) {
		return List.of();
	}
}
