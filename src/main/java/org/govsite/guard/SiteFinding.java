package org.govsite.guard;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A rectification item (整改) of a site: what the daily scan found on one of its published pages.
 * It closes when a later scan no longer finds it.
 *
 * @param path the published file, relative to the site's folder
 * @param owner who is to correct it (a manager of the site), if the site has one
 * @param dueOn the last day to correct it, in working days from when it was found
 * @param closedAt when a scan no longer found it, null while open
 */
public record SiteFinding(long id, long siteId, String path, FindingCategory category, FindingLevel level, String matched,
		String excerpt, @Nullable String suggestion, @Nullable String owner, Instant foundAt, LocalDate dueOn,
		@Nullable Instant closedAt) {
}
