package org.govsite.calendar;

/**
 * A year's holidays were entered for the first time. Deadlines that ran through the year were
 * provisional (counted Monday to Friday): modules that keep such deadlines recompute them and
 * tell the people concerned when one moves.
 */
public record CalendarYearArranged(int year) {
}
