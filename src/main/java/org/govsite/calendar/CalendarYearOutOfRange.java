package org.govsite.calendar;

import org.govsite.platform.RuleViolation;

/** An arrangement for a year the platform does not keep (see {@link YearArrangement#FIRST_YEAR}). */
public class CalendarYearOutOfRange extends RuleViolation {

	public CalendarYearOutOfRange(int year) {
		super("calendar.year.outOfRange", String.valueOf(year), String.valueOf(YearArrangement.FIRST_YEAR),
				String.valueOf(YearArrangement.LAST_YEAR));
	}
}
