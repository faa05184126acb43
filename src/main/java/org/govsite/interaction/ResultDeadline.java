package org.govsite.interaction;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * The results of a solicitation or a survey (采用情况, the tallies) are published within one
 * calendar month of its end (SPEC.md §7); publishing later is late by the days past that, and stays
 * late on the record for the inspection.
 */
public final class ResultDeadline {

	private ResultDeadline() {
	}

	/** The last day the results may be published. */
	public static LocalDate dueOn(LocalDate closesOn) {
		return closesOn.plusMonths(1);
	}

	/**
	 * Days past the deadline: of the publication if there is one, else of today (still waiting);
	 * 0 when on time.
	 */
	public static long daysLate(LocalDate dueOn, @Nullable LocalDate publishedOn, LocalDate today) {
		LocalDate reference = publishedOn == null ? today : publishedOn;
		return Math.max(0, ChronoUnit.DAYS.between(dueOn, reference));
	}
}
