package org.govsite.secops;

import org.jspecify.annotations.Nullable;

/**
 * One line of a scan-results file as the file gives it, before it is checked. A line with a site and
 * a date but no finding says that the site was scanned and nothing was found.
 *
 * @param line where it stands in the file (its line or its place in the JSON array), for the errors
 * @param site the site's 标识码 or host name
 * @param findingId the scanner's id of the finding, the same on every scan that finds it
 * @param severity 高, 中 or 低
 * @param foundOn the scan's day, yyyy-MM-dd
 */
public record ScanRow(int line, @Nullable String site, @Nullable String findingId, @Nullable String title,
		@Nullable String severity, @Nullable String url, @Nullable String foundOn, @Nullable String description) {
}
