package org.govsite.calendar.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.govsite.calendar.DayKind;
import org.govsite.calendar.YearArrangement;
import org.jspecify.annotations.Nullable;

/**
 * One month of a year page: its weeks, Monday first as Chinese calendars print them; days outside
 * the month are {@code null}.
 */
record MonthGrid(YearMonth month, List<List<MonthGrid.@Nullable Cell>> weeks) {

	/**
	 * A day of the grid.
	 *
	 * @param kind what the arrangement makes of it, if anything
	 * @param name the holiday it belongs to
	 */
	record Cell(LocalDate date, boolean workingDay, @Nullable DayKind kind, @Nullable String name) {

		/** The style of the cell: {@code holiday}, {@code adjusted}, {@code weekend} or none. */
		public String style() {
			if (kind != null) {
				return kind == DayKind.HOLIDAY ? "holiday" : "adjusted";
			}
			return workingDay ? "" : "weekend";
		}
	}

	static List<MonthGrid> of(YearArrangement arrangement) {
		List<MonthGrid> months = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			months.add(of(arrangement, YearMonth.of(arrangement.year(), month)));
		}
		return months;
	}

	private static MonthGrid of(YearArrangement arrangement, YearMonth month) {
		List<List<@Nullable Cell>> weeks = new ArrayList<>();
		List<@Nullable Cell> week = new ArrayList<>(Collections.nCopies(month.atDay(1).getDayOfWeek().getValue() - 1, null));
		for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
			week.add(new Cell(day, arrangement.isWorkingDay(day), arrangement.kindOf(day), arrangement.nameOf(day)));
			if (week.size() == 7) {
				weeks.add(week);
				week = new ArrayList<>();
			}
		}
		if (!week.isEmpty()) {
			week.addAll(Collections.nCopies(7 - week.size(), null));
			weeks.add(week);
		}
		return new MonthGrid(month, weeks);
	}
}
