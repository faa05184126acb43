package org.govsite.secops;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A finding as the console lists it; {@code overdue}: open past its last day. */
public record FindingView(long id, long siteId, String siteName, String findingId, String title, Severity severity,
		@Nullable String url, @Nullable String description, LocalDate foundOn, LocalDate dueOn, FindingState state,
		@Nullable String fixNote, @Nullable LocalDate fixedOn, @Nullable LocalDate verifiedOn, boolean overdue) {
}
