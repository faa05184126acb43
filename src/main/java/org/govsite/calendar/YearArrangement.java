package org.govsite.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * One year's arrangement of non-working weekdays (statutory holidays) and weekend days that are
 * working days (调休), each with its name (春节, 国庆节 ...), as the State Council publishes it.
 *
 * @param year the calendar year
 * @param holidays weekdays off, with the holiday's name
 * @param adjustedWorkingDays weekend days that are working days, with the holiday they make up for
 */
public record YearArrangement(int year, Map<LocalDate, String> holidays, Map<LocalDate, String> adjustedWorkingDays) {

	/** The first year an arrangement can be entered for. */
	public static final int FIRST_YEAR = 2000;

	/** The last year an arrangement can be entered for. */
	public static final int LAST_YEAR = 2100;

	public YearArrangement {
		holidays = Collections.unmodifiableMap(new TreeMap<>(holidays));
		adjustedWorkingDays = Collections.unmodifiableMap(new TreeMap<>(adjustedWorkingDays));
	}

	/** A year nobody entered: Monday to Friday are its working days. */
	public static YearArrangement mondayToFriday(int year) {
		return new YearArrangement(year, Map.of(), Map.of());
	}

	/** Whether the arrangement names the day, and as what. */
	public @Nullable DayKind kindOf(LocalDate date) {
		if (holidays.containsKey(date)) {
			return DayKind.HOLIDAY;
		}
		return adjustedWorkingDays.containsKey(date) ? DayKind.ADJUSTED_WORKING_DAY : null;
	}

	/** The holiday a named day belongs to. */
	public @Nullable String nameOf(LocalDate date) {
		String name = holidays.get(date);
		return name != null ? name : adjustedWorkingDays.get(date);
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

	public static boolean isWeekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}
}
