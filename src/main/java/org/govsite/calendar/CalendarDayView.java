package org.govsite.calendar;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the calendar says about one day.
 *
 * @param date the day
 * @param workingDay whether it is a working day
 * @param kind holiday or adjusted working day, if the year's arrangement names the day
 * @param name the holiday the day belongs to, if named
 * @param yearDefined whether its year has an arrangement; if not, Monday to Friday are working days
 */
public record CalendarDayView(LocalDate date, boolean workingDay, @Nullable DayKind kind, @Nullable String name,
		boolean yearDefined) {
}
