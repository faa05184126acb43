package org.govsite.calendar;

/**
 * A year's holidays and adjusted working days were entered or replaced: deadlines computed from
 * now on count with them.
 */
public record CalendarYearChanged(int year) {
}
