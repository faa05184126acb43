package org.govsite.publish;

import java.util.List;

/**
 * Pages of a site that another module owns (service guides …), published with the site as static
 * files in its theme: every full publish asks each source for the site's pages. A source that
 * changes a page asks for the site to be published again ({@link PublishJobs#publishSourcedPages(long)}).
 */
public interface PageSource {

	/** The site's pages from this source, each at a path of its own. */
	List<SourcedPage> pages(long siteId);
}
