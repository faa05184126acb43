package org.govsite.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsite.calendar.ArrangementProblem;
import org.govsite.calendar.ArrangementSource;
import org.govsite.calendar.CalendarYearOutOfRange;
import org.govsite.calendar.CalendarYearView;
import org.govsite.calendar.DayKind;
import org.govsite.calendar.InvalidArrangement;
import org.govsite.calendar.NamedDay;
import org.govsite.calendar.YearArrangement;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A year's arrangement as the platform keeps it: the days it names, where it came from, who
 * saved it last. Its days change only as a whole, and only to an arrangement that passes
 * {@link ArrangementRules}.
 */
@Table("calendar_year")
public class CalendarYear {

	@Id
	private final int year;

	private ArrangementSource source;

	private Instant updatedAt;

	private String updatedBy;

	/** Tells a new year from a saved one, and keeps two simultaneous saves from mixing. */
	@Version
	private @Nullable Long version;

	@MappedCollection(idColumn = "year")
	private Set<CalendarDay> days;

	@PersistenceCreator
	CalendarYear(int year, ArrangementSource source, Instant updatedAt, String updatedBy, @Nullable Long version,
			Set<CalendarDay> days) {
		this.year = year;
		this.source = source;
		this.updatedAt = updatedAt;
		this.updatedBy = updatedBy;
		this.version = version;
		this.days = days;
	}

	/** A year entered for the first time. */
	public static CalendarYear enter(int year, List<NamedDay> holidays, List<NamedDay> adjustedWorkingDays, String by,
			Instant at) {
		return new CalendarYear(year, ArrangementSource.ENTERED, at, by, null,
				validDays(year, holidays, adjustedWorkingDays));
	}

	/** Replaces every day of the arrangement; a built-in year corrected this way counts as entered. */
	public void replace(List<NamedDay> holidays, List<NamedDay> adjustedWorkingDays, String by, Instant at) {
		this.days = validDays(year, holidays, adjustedWorkingDays);
		this.source = ArrangementSource.ENTERED;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	public int year() {
		return year;
	}

	public YearArrangement arrangement() {
		Map<LocalDate, String> holidays = new LinkedHashMap<>();
		Map<LocalDate, String> adjustedWorkingDays = new LinkedHashMap<>();
		for (CalendarDay day : days) {
			(day.kind() == DayKind.HOLIDAY ? holidays : adjustedWorkingDays).put(day.day(), day.name());
		}
		return new YearArrangement(year, holidays, adjustedWorkingDays);
	}

	public CalendarYearView view() {
		return new CalendarYearView(arrangement(), source, updatedAt, updatedBy);
	}

	/** What is wrong with an arrangement for the year; empty if nothing. */
	public static List<ArrangementProblem> problems(int year, List<NamedDay> holidays, List<NamedDay> adjustedWorkingDays) {
		return ArrangementRules.check(year, holidays, adjustedWorkingDays);
	}

	private static Set<CalendarDay> validDays(int year, List<NamedDay> holidays, List<NamedDay> adjustedWorkingDays) {
		if (year < YearArrangement.FIRST_YEAR || year > YearArrangement.LAST_YEAR) {
			throw new CalendarYearOutOfRange(year);
		}
		List<ArrangementProblem> problems = problems(year, holidays, adjustedWorkingDays);
		if (!problems.isEmpty()) {
			throw new InvalidArrangement(problems);
		}
		Set<CalendarDay> days = new HashSet<>();
		holidays.forEach(day -> days.add(new CalendarDay(day.date(), DayKind.HOLIDAY, day.name().strip())));
		adjustedWorkingDays.forEach(day -> days.add(new CalendarDay(day.date(), DayKind.ADJUSTED_WORKING_DAY, day.name().strip())));
		return days;
	}
}
