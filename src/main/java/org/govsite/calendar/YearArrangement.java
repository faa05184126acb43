package org.govsite.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * One year's arrangement of non-working weekdays (statutory holidays) and weekend days that are
 * working days (调休), each with its name (春节, 国庆节 ...), as the State Council publishes it.
 *
 * @param year the calendar year
 * @param holidays weekdays off, with the holiday's name
 * @param adjustedWorkingDays weekend days that are working days, with the holiday they make up for
 */
public record YearArrangement(int year, Map<LocalDate, String> holidays, Map<LocalDate, String> adjustedWorkingDays) {

	public YearArrangement {
		holidays = java.util.Collections.unmodifiableMap(new TreeMap<>(holidays));
		adjustedWorkingDays = java.util.Collections.unmodifiableMap(new TreeMap<>(adjustedWorkingDays));
	}

	public boolean isWorkingDay(LocalDate date) {
		if (holidays.containsKey(date)) {
			return false;
		}
		return adjustedWorkingDays.containsKey(date) || !isWeekend(date);
	}

	/** The number of working days in the year. */
	public int workingDayCount() {
		int count = 0;
		for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	static boolean isWeekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}
}
