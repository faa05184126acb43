package org.govsite.content;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An upper-level portal's feed or sitemap a site watches for policies to reprint.
 *
 * @param channelId where a one-click import places the reprint
 * @param lastCheckedAt when it was last read, or tried
 * @param lastReadAt when it was last read successfully
 * @param lastError why the last reading failed, if it did
 */
public record ReprintFeedView(long id, long siteId, String name, String url, long channelId,
		@Nullable Instant lastCheckedAt, @Nullable Instant lastReadAt, @Nullable String lastError) {
}
