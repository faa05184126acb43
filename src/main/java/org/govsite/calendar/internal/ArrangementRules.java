package org.govsite.calendar.internal;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.govsite.calendar.ArrangementProblem;
import org.govsite.calendar.DayKind;
import org.govsite.calendar.NamedDay;
import org.govsite.calendar.YearArrangement;
import org.jspecify.annotations.Nullable;

/**
 * What a year's arrangement must satisfy before it counts: every day in that year, named, listed
 * once; holidays on weekdays (a weekend "holiday" changes nothing and is surely a typo); adjusted
 * working days on Saturdays or Sundays. Reports every bad day at once, so that the person entering
 * a year fixes them in one go.
 */
final class ArrangementRules {

	/** The longest holiday name accepted (国庆节、中秋节 has 7 characters). */
	static final int NAME_MAX = 20;

	private ArrangementRules() {
	}

	static List<ArrangementProblem> check(int year, List<NamedDay> holidays, List<NamedDay> adjustedWorkingDays) {
		List<ArrangementProblem> problems = new ArrayList<>();
		Set<LocalDate> holidayDates = new HashSet<>();
		for (int i = 0; i < holidays.size(); i++) {
			NamedDay day = holidays.get(i);
			String code = problemOf(year, DayKind.HOLIDAY, day, holidayDates, Set.of());
			add(problems, year, DayKind.HOLIDAY, i, code, day);
		}
		Set<LocalDate> adjustedDates = new HashSet<>();
		for (int i = 0; i < adjustedWorkingDays.size(); i++) {
			NamedDay day = adjustedWorkingDays.get(i);
			String code = problemOf(year, DayKind.ADJUSTED_WORKING_DAY, day, adjustedDates, holidayDates);
			add(problems, year, DayKind.ADJUSTED_WORKING_DAY, i, code, day);
		}
		return problems;
	}

	/** The first rule the day breaks, as a message code, or null; records the date as seen. */
	private static @Nullable String problemOf(int year, DayKind kind, NamedDay day, Set<LocalDate> seen, Set<LocalDate> holidays) {
		LocalDate date = day.date();
		if (date.getYear() != year) {
			return "calendar.day.outsideYear";
		}
		if (!seen.add(date)) {
			return "calendar.day.duplicate";
		}
		if (holidays.contains(date)) {
			return "calendar.day.both";
		}
		if (kind == DayKind.HOLIDAY && YearArrangement.isWeekend(date)) {
			return "calendar.day.holidayOnWeekend";
		}
		if (kind == DayKind.ADJUSTED_WORKING_DAY && !YearArrangement.isWeekend(date)) {
			return "calendar.day.adjustedNotWeekend";
		}
		if (day.name() == null || day.name().isBlank()) {
			return "calendar.day.nameMissing";
		}
		if (day.name().strip().length() > NAME_MAX) {
			return "calendar.day.nameTooLong";
		}
		return null;
	}

	/** Every message gets the same arguments: date, weekday, the year entered, name, longest name. */
	private static void add(List<ArrangementProblem> problems, int year, DayKind list, int position, @Nullable String code,
			NamedDay day) {
		if (code != null) {
			String weekday = day.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA);
			String name = day.name() == null ? "" : day.name().strip();
			problems.add(new ArrangementProblem(list, position, code, List.of(day.date(), weekday,
					String.valueOf(year), name, String.valueOf(NAME_MAX))));
		}
	}
}
