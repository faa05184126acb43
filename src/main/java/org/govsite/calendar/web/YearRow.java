package org.govsite.calendar.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.govsite.calendar.ArrangementSource;
import org.govsite.calendar.CalendarYearView;
import org.govsite.calendar.YearArrangement;
import org.jspecify.annotations.Nullable;

/**
 * A line of the years table: a year with an arrangement, or one that waits for it (counted
 * Monday to Friday meanwhile).
 */
record YearRow(int year, @Nullable ArrangementSource source, int workingDayCount, @Nullable Instant updatedAt,
		@Nullable String updatedBy) {

	static List<YearRow> of(List<CalendarYearView> years, List<Integer> awaiting) {
		List<YearRow> rows = new ArrayList<>();
		years.forEach(year -> rows.add(new YearRow(year.year(), year.source(), year.workingDayCount(), year.updatedAt(),
				year.updatedBy())));
		awaiting.forEach(year -> rows.add(new YearRow(year, null, YearArrangement.mondayToFriday(year).workingDayCount(),
				null, null)));
		rows.sort(Comparator.comparingInt(YearRow::year).reversed());
		return rows;
	}
}
