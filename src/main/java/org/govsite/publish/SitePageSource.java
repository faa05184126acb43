package org.govsite.publish;

import java.util.List;
import java.util.Optional;
import java.util.Set;

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
	 * For a run of {@link PublishJobs#publishSitePages}: only what changed since the pages were last
	 * written, for a source with many pages (every published reply), or empty to give every page
	 * again ({@link #pages(long)}, the default). A run retried after a failure asks for every page.
	 */
	default Optional<Changes> changes(long siteId) {
		return Optional.empty();
	}

	/** The run wrote these changes, which need not be given again. */
	default void written(long siteId, Changes changes) {
	}

	/**
	 * The pages to write again and the paths (under the source's folder) to take off the site;
	 * {@code whole}: folders under the source's folder whose every page is among {@code pages}, so
	 * that whatever else they hold is taken off; {@code upTo} is the source's own mark of how far its
	 * record of changes was read.
	 */
	record Changes(List<SitePage> pages, Set<String> removed, Set<String> whole, long upTo) {

		public Changes {
			pages = List.copyOf(pages);
			removed = Set.copyOf(removed);
			whole = Set.copyOf(whole);
		}
	}

	/**
	 * The pages of the site that its site map (网站地图) lists below the channels, so that a reader
	 * finds them from every page's footer; none by default. The site map is written with the pages.
	 */
	default List<SitePage.Href> siteMapEntries(long siteId) {
		return List.of();
	}
}
