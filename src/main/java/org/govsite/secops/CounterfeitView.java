package org.govsite.secops;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A counterfeit site or domain as recorded, with the day of each step taken.
 *
 * @param siteName the group's site it imitates, if known
 * @param citizen whether a citizen reported it (else staff or monitoring found it)
 */
public record CounterfeitView(long id, String domain, @Nullable String url, @Nullable Long siteId,
		@Nullable String siteName, @Nullable String description, boolean citizen, String reporter, CounterfeitState state,
		LocalDate reportedOn, @Nullable LocalDate verifiedOn, @Nullable LocalDate referredOn, @Nullable LocalDate closedOn,
		@Nullable String note) {
}
