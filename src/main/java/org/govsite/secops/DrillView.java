package org.govsite.secops;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An emergency drill (应急演练); a drill of the platform has no site and counts for every site. */
public record DrillView(long id, LocalDate heldOn, String scenario, String participants, @Nullable String findings,
		@Nullable Long siteId, @Nullable String siteName) {
}
