package org.govsite.calendar;

import java.time.Instant;

/**
 * A year whose arrangement the platform keeps.
 *
 * @param arrangement its holidays and adjusted working days
 * @param source built in or entered
 * @param updatedAt when it was last saved
 * @param updatedBy who saved it last ({@code system} for the built-in years)
 */
public record CalendarYearView(YearArrangement arrangement, ArrangementSource source, Instant updatedAt, String updatedBy) {

	public int year() {
		return arrangement.year();
	}

	public int workingDayCount() {
		return arrangement.workingDayCount();
	}
}
