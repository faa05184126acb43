package org.govsite.report;

import org.jspecify.annotations.Nullable;

/**
 * One page view as the beacon reports it.
 *
 * @param siteCode the site's 标识码 (the page's SiteIDCode meta tag)
 * @param path the page's path on the site
 * @param channel the channel's name (ColumnName), if the page is in one
 * @param referrer the page the reader came from, of which only the host is kept
 * @param searchTerm what was searched, on a search page
 * @param address the reader's IP address: hashed for the day, never stored
 * @param userAgent the browser's User-Agent: robots are not counted
 */
public record Visit(String siteCode, String path, @Nullable String channel, @Nullable String referrer,
		@Nullable String searchTerm, String address, @Nullable String userAgent) {
}
