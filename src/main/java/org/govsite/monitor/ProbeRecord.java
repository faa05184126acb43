package org.govsite.monitor;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One request to a site's home page.
 *
 * @param ok whether it opened within the timeout
 * @param status the HTTP status, if one came
 * @param cause why it failed, if it did
 */
public record ProbeRecord(long siteId, String address, Instant probedAt, boolean ok, @Nullable Integer status, int millis,
		@Nullable String cause) {
}
