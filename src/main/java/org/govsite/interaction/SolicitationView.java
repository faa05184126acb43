package org.govsite.interaction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/** A solicitation as pages show it. */
public record SolicitationView(long id, long siteId, String title, String draft, @Nullable String draftUrl,
		LocalDate opensOn, LocalDate closesOn, boolean contactRequired, LocalDate resultDueOn, @Nullable String summary,
		@Nullable String report, @Nullable Instant resultPublishedAt) {

	public boolean openOn(LocalDate day) {
		return !day.isBefore(opensOn) && !day.isAfter(closesOn);
	}

	public boolean closedOn(LocalDate day) {
		return day.isAfter(closesOn);
	}

	public boolean published() {
		return resultPublishedAt != null;
	}

	/** Days the adoption report was (or is being) late, in the platform's zone. */
	public long daysLate(LocalDate today, ZoneId zone) {
		return ResultDeadline.daysLate(resultDueOn,
				resultPublishedAt == null ? null : LocalDate.ofInstant(resultPublishedAt, zone), today);
	}
}
