package org.govsite.migration;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A migration with its progress.
 *
 * @param queued pages waiting to be fetched
 * @param done pages fetched and read
 * @param failed pages that could not be fetched or read
 * @param imported documents imported
 * @param sitemapUrl the sitemap read with the start address, if the operator gave one
 */
public record MigrationView(long id, long siteId, String siteName, @Nullable Long oldSiteId, String name, String startUrl,
		String host, CrawlRules rules, int concurrency, int delayMillis, int maxPages, boolean publish,
		@Nullable String approvedBy, MigrationState state, @Nullable String error, String createdBy, Instant createdAt,
		int queued, int done, int failed, int imported, @Nullable String sitemapUrl) {

	/** Crawled or imported, some pages failing even after their retries: the console lists them. */
	public boolean finishedWithFailures() {
		return failed > 0 && (state == MigrationState.CRAWLED || state == MigrationState.IMPORTING
				|| state == MigrationState.IMPORTED);
	}

	public boolean crawlable() {
		return state == MigrationState.NEW || state == MigrationState.PAUSED || state == MigrationState.FAILED;
	}
}
