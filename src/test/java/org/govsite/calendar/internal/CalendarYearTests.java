package org.govsite.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.govsite.calendar.ArrangementProblem;
import org.govsite.calendar.ArrangementSource;
import org.govsite.calendar.BuiltInArrangements;
import org.govsite.calendar.CalendarYearOutOfRange;
import org.govsite.calendar.DayKind;
import org.govsite.calendar.InvalidArrangement;
import org.govsite.calendar.NamedDay;
import org.govsite.calendar.YearArrangement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class CalendarYearTests {

	private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

	@Test
	void entersAValidYear() {
		CalendarYear year = CalendarYear.enter(2027, List.of(day("2027-01-01", " 元旦 ")), List.of(day("2027-02-07", "春节")),
				"admin", NOW);

		assertThat(year.view().source()).isEqualTo(ArrangementSource.ENTERED);
		assertThat(year.view().updatedBy()).isEqualTo("admin");
		assertThat(year.arrangement().holidays()).containsEntry(LocalDate.parse("2027-01-01"), "元旦");
		assertThat(year.arrangement().adjustedWorkingDays()).containsEntry(LocalDate.parse("2027-02-07"), "春节");
	}

	@Test
	void theBuiltInYearsPassTheRules() {
		BuiltInArrangements.all().forEach(year -> assertThat(CalendarYear.problems(year.year(), named(year.holidays()),
				named(year.adjustedWorkingDays()))).as("%d", year.year()).isEmpty());
	}

	@Test
	void aDayMustLieInTheYear() {
		assertThat(problems(List.of(day("2028-01-03", "元旦")), List.of()))
			.singleElement()
			.satisfies(problem -> {
				assertThat(problem.code()).isEqualTo("calendar.day.outsideYear");
				assertThat(problem.arguments()).contains("2027");
			});
	}

	@Test
	void aHolidayOnAWeekendIsSurelyATypo() {
		// Saturday 2 January 2027
		assertThat(problems(List.of(day("2027-01-02", "元旦")), List.of()))
			.extracting(ArrangementProblem::code, problem -> problem.arguments().get(1))
			.containsExactly(tuple("calendar.day.holidayOnWeekend", "星期六"));
	}

	@Test
	void anAdjustedWorkingDayMustBeASaturdayOrSunday() {
		// Monday 8 February 2027
		assertThat(problems(List.of(), List.of(day("2027-02-08", "春节"))))
			.extracting(ArrangementProblem::code)
			.containsExactly("calendar.day.adjustedNotWeekend");
	}

	@Test
	void aDayCannotBeBothHolidayAndWorkingDay() {
		assertThat(problems(List.of(day("2027-02-08", "春节")), List.of(day("2027-02-08", "春节"))))
			.extracting(ArrangementProblem::list, ArrangementProblem::code)
			.containsExactly(tuple(DayKind.ADJUSTED_WORKING_DAY, "calendar.day.both"));
	}

	@Test
	void aDayIsListedOnceAndNamed() {
		assertThat(problems(List.of(day("2027-01-01", "元旦"), day("2027-01-01", "元旦"), day("2027-05-03", " "),
				day("2027-05-04", "劳".repeat(ArrangementRules.NAME_MAX + 1))), List.of()))
			.extracting(ArrangementProblem::position, ArrangementProblem::code)
			.containsExactly(tuple(1, "calendar.day.duplicate"), tuple(2, "calendar.day.nameMissing"),
					tuple(3, "calendar.day.nameTooLong"));
	}

	@Test
	void refusesNamingEveryBadDayAtOnce() {
		assertThatExceptionOfType(InvalidArrangement.class)
			.isThrownBy(() -> CalendarYear.enter(2027, List.of(day("2027-01-02", "元旦"), day("2027-01-01", "元旦")),
					List.of(day("2027-02-08", "春节")), "admin", NOW))
			.satisfies(invalid -> {
				assertThat(invalid.code()).isEqualTo("calendar.day.holidayOnWeekend");
				assertThat(invalid.problems()).extracting(ArrangementProblem::list, ArrangementProblem::position)
					.containsExactly(tuple(DayKind.HOLIDAY, 0), tuple(DayKind.ADJUSTED_WORKING_DAY, 0));
			});
	}

	@Test
	void refusesAYearThePlatformDoesNotKeep() {
		assertThatExceptionOfType(CalendarYearOutOfRange.class)
			.isThrownBy(() -> CalendarYear.enter(YearArrangement.LAST_YEAR + 1, List.of(), List.of(), "admin", NOW));
	}

	@Test
	void replacingABuiltInYearMakesItEntered() {
		CalendarYear year = new CalendarYear(2026, ArrangementSource.BUILT_IN, NOW, "system", 0L, java.util.Set.of());

		year.replace(List.of(day("2026-01-01", "元旦")), List.of(), "admin", NOW.plusSeconds(60));

		assertThat(year.view().source()).isEqualTo(ArrangementSource.ENTERED);
		assertThat(year.view().updatedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(year.arrangement().holidays()).containsOnlyKeys(LocalDate.parse("2026-01-01"));
	}

	@Test
	void aRefusedReplacementChangesNothing() {
		CalendarYear year = CalendarYear.enter(2027, List.of(day("2027-01-01", "元旦")), List.of(), "admin", NOW);

		assertThatExceptionOfType(InvalidArrangement.class)
			.isThrownBy(() -> year.replace(List.of(day("2027-01-02", "元旦")), List.of(), "other", NOW));

		assertThat(year.arrangement().holidays()).containsOnlyKeys(LocalDate.parse("2027-01-01"));
		assertThat(year.view().updatedBy()).isEqualTo("admin");
	}

	private static List<ArrangementProblem> problems(List<NamedDay> holidays, List<NamedDay> adjustedWorkingDays) {
		return CalendarYear.problems(2027, holidays, adjustedWorkingDays);
	}

	private static NamedDay day(String date, String name) {
		return new NamedDay(LocalDate.parse(date), name);
	}

	private static List<NamedDay> named(java.util.Map<LocalDate, String> days) {
		return days.entrySet().stream().map(day -> new NamedDay(day.getKey(), day.getValue())).toList();
	}
}
