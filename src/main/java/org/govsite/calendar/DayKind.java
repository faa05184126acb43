package org.govsite.calendar;

/** What a year's arrangement says about a day that differs from Monday-to-Friday. */
public enum DayKind {

	/** A weekday off: a statutory holiday (节假日). */
	HOLIDAY,

	/** A Saturday or Sunday that is a working day (调休上班). */
	ADJUSTED_WORKING_DAY
}
