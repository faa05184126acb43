package org.govsite.migration;

import org.jspecify.annotations.Nullable;

/**
 * A migration to start.
 *
 * @param siteId the platform's site the documents go to
 * @param oldSiteId the old site when it is registered in the site group: closing starts when it is done
 * @param name what the operator calls it
 * @param startUrl the old site's start address
 * @param concurrency requests at once (1 to 8)
 * @param delayMillis the least time between two requests (at least 50 ms)
 * @param maxPages at most this many pages are fetched
 * @param publish publish the documents directly (with a recorded approval) rather than as drafts
 * @param sitemapUrl the old site's sitemap.xml or sitemap index on the same host, read with the
 * start address (those named in its robots.txt are read anyway)
 */
public record MigrationRequest(long siteId, @Nullable Long oldSiteId, String name, String startUrl, int concurrency,
		int delayMillis, int maxPages, boolean publish, @Nullable String sitemapUrl) {

	/** Without a sitemap of its own. */
	public MigrationRequest(long siteId, @Nullable Long oldSiteId, String name, String startUrl, int concurrency,
			int delayMillis, int maxPages, boolean publish) {
		this(siteId, oldSiteId, name, startUrl, concurrency, delayMillis, maxPages, publish, null);
	}
}
