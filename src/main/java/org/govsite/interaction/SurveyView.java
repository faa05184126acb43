package org.govsite.interaction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A survey with its questions. */
public record SurveyView(long id, long siteId, String title, String description, LocalDate opensOn, LocalDate closesOn,
		LocalDate resultDueOn, @Nullable Instant resultsPublishedAt, List<SurveyQuestion> questions) {

	public boolean openOn(LocalDate day) {
		return !day.isBefore(opensOn) && !day.isAfter(closesOn);
	}

	public boolean closedOn(LocalDate day) {
		return day.isAfter(closesOn);
	}

	public boolean published() {
		return resultsPublishedAt != null;
	}

	public long daysLate(LocalDate today, ZoneId zone) {
		return ResultDeadline.daysLate(resultDueOn,
				resultsPublishedAt == null ? null : LocalDate.ofInstant(resultsPublishedAt, zone), today);
	}
}
