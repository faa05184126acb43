package org.govsite.calendar;

import org.govsite.platform.RuleViolation;

/**
 * A question about a day before the first year the calendar knows: its holidays were never
 * entered, and guessing Monday to Friday would call holidays such as 国庆节 working days.
 */
public class CalendarYearUnknown extends RuleViolation {

	public CalendarYearUnknown(int year, int firstArrangedYear) {
		super("calendar.year.unknown", String.valueOf(year), String.valueOf(firstArrangedYear));
	}
}
