package org.govsite.secops;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A counterfeit site or domain as recorded, with the day of each step taken.
 *
 * @param siteName the group's site it imitates, if known
 * @param citizen whether a citizen reported it (else staff or monitoring found it)
 * @param contact the citizen's contact, if given
 * @param findings what the content check found blocking in a citizen's report, one a line
 */
public record CounterfeitView(long id, String domain, @Nullable String url, @Nullable Long siteId,
		@Nullable String siteName, @Nullable String description, boolean citizen, String reporter, @Nullable String contact,
		List<String> findings, CounterfeitState state,
		LocalDate reportedOn, @Nullable LocalDate verifiedOn, @Nullable LocalDate referredOn, @Nullable LocalDate closedOn,
		@Nullable String note) {
}
