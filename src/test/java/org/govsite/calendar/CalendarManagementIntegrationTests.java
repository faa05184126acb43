package org.govsite.calendar;

import java.time.LocalDate;
import java.util.List;

import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The years in the database, and the {@link WorkingCalendar} bean that counts with them. */
@IntegrationTest
@RecordApplicationEvents
class CalendarManagementIntegrationTests {

	@Autowired
	CalendarManagement calendar;

	@Autowired
	WorkingCalendar workingCalendar;

	@Autowired
	ApplicationEvents events;

	@Test
	void theMigrationSeedsTheBuiltInYears() {
		for (YearArrangement builtIn : BuiltInArrangements.all()) {
			CalendarYearView seeded = calendar.findYear(builtIn.year()).orElseThrow();
			assertThat(seeded.source()).isEqualTo(ArrangementSource.BUILT_IN);
			assertThat(seeded.arrangement()).isEqualTo(builtIn);
			assertThat(seeded.workingDayCount()).isEqualTo(248);
		}
		assertThat(workingCalendar.isWorkingDay(LocalDate.of(2026, 2, 14))).as("调休 Saturday").isTrue();
		assertThat(workingCalendar.deadline(LocalDate.of(2025, 12, 31), 20)).isEqualTo(LocalDate.of(2026, 1, 29));
	}

	@Test
	@WithMockUser(username = "calendar-admin", authorities = { "ROLE_SYSTEM_ADMIN", "STAFF" })
	void aYearEnteredCountsAtOnce() {
		// 2041: Tuesday 1 January off, Sunday 6 January worked.
		LocalDate tuesday = LocalDate.of(2041, 1, 1);
		LocalDate sunday = LocalDate.of(2041, 1, 6);

		CalendarYearView saved = calendar.define(2041, List.of(new NamedDay(tuesday, "元旦")),
				List.of(new NamedDay(sunday, "元旦")));

		assertThat(saved.source()).isEqualTo(ArrangementSource.ENTERED);
		assertThat(saved.updatedBy()).isEqualTo("calendar-admin");
		assertThat(workingCalendar.isWorkingDay(tuesday)).isFalse();
		assertThat(workingCalendar.isWorkingDay(sunday)).isTrue();
		assertThat(calendar.day(tuesday)).isEqualTo(new CalendarDayView(tuesday, false, DayKind.HOLIDAY, "元旦", true));
		assertThat(calendar.years()).extracting(CalendarYearView::year).contains(2025, 2026, 2041);
		assertThat(events.stream(CalendarYearChanged.class)).contains(new CalendarYearChanged(2041));
	}

	@Test
	@WithMockUser(username = "calendar-admin", authorities = { "ROLE_SYSTEM_ADMIN", "STAFF" })
	void enteringAYearAgainReplacesItsDays() {
		calendar.define(2042, List.of(new NamedDay(LocalDate.of(2042, 1, 1), "元旦")), List.of());

		calendar.define(2042, List.of(new NamedDay(LocalDate.of(2042, 5, 1), "劳动节")), List.of());

		assertThat(calendar.findYear(2042).orElseThrow().arrangement().holidays()).containsOnlyKeys(LocalDate.of(2042, 5, 1));
		assertThat(workingCalendar.isWorkingDay(LocalDate.of(2042, 1, 1))).isTrue();
		assertThat(workingCalendar.isWorkingDay(LocalDate.of(2042, 5, 1))).isFalse();
	}

	@Test
	@WithMockUser(username = "calendar-admin", authorities = { "ROLE_SYSTEM_ADMIN", "STAFF" })
	void aRefusedYearLeavesNothingBehind() {
		assertThatExceptionOfType(InvalidArrangement.class).isThrownBy(() -> calendar.define(2043,
				List.of(new NamedDay(LocalDate.of(2043, 1, 3), "元旦")), List.of()));

		assertThat(calendar.findYear(2043)).isEmpty();
	}

	@Test
	@WithMockUser(username = "editor", authorities = { "STAFF", "site:1:EDITOR" })
	void onlyTheSystemAdministratorEntersAYear() {
		assertThat(calendar.mayDefine()).isFalse();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> calendar.define(2044, List.of(), List.of()));
		assertThat(calendar.findYear(2044)).isEmpty();
	}

	@Test
	void calculatesDeadlinesWithTheReceiptRule() {
		// Received Sunday 15 February 2026, during 春节: counts from Tuesday 24 February.
		Deadline deadline = calendar.deadline(LocalDate.of(2026, 2, 15), 5);

		assertThat(deadline.receiptDay()).isEqualTo(LocalDate.of(2026, 2, 24));
		assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(deadline.endsAt()).isEqualTo(LocalDate.of(2026, 3, 3).atStartOfDay(TestClock.CHINA).toInstant());
	}

	@Test
	void aDeadlineCrossingIntoAYearWithoutArrangementIsProvisional() {
		Deadline intoNextYear = calendar.deadline(LocalDate.of(2026, 12, 31), 1);

		assertThat(intoNextYear.lastDay()).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(intoNextYear.provisional()).isTrue();
		assertThat(intoNextYear.unarrangedYears()).containsExactly(2027);
		assertThat(calendar.deadline(LocalDate.of(2026, 6, 1), 5).provisional()).isFalse();
	}

	@Test
	void daysBeforeTheFirstKnownYearAreRefusedNotGuessed() {
		assertThatExceptionOfType(CalendarYearUnknown.class).isThrownBy(() -> calendar.day(LocalDate.of(2024, 10, 1)));
		assertThatExceptionOfType(CalendarYearUnknown.class)
			.isThrownBy(() -> calendar.deadline(LocalDate.of(2024, 9, 30), 1));
		assertThatExceptionOfType(CalendarYearUnknown.class)
			.isThrownBy(() -> calendar.workingDaysBetween(LocalDate.of(2024, 9, 30), LocalDate.of(2025, 1, 6)));
	}

	@Test
	@WithMockUser(username = "calendar-admin", authorities = { "ROLE_SYSTEM_ADMIN", "STAFF" })
	void enteringAYearFirmsUpItsProvisionalDeadlinesAndTellsTheOtherModules() {
		// 2061: Wednesday 1 June is 端午节 in this made-up arrangement.
		Deadline before = calendar.deadline(LocalDate.of(2061, 5, 31), 1);
		assertThat(before.provisional()).isTrue();
		assertThat(before.lastDay()).isEqualTo(LocalDate.of(2061, 6, 1));

		calendar.define(2061, List.of(new NamedDay(LocalDate.of(2061, 6, 1), "端午节")), List.of());
		calendar.define(2061, List.of(new NamedDay(LocalDate.of(2061, 6, 1), "端午节")), List.of());

		Deadline after = calendar.deadline(LocalDate.of(2061, 5, 31), 1);
		assertThat(after.provisional()).isFalse();
		assertThat(after.lastDay()).isEqualTo(LocalDate.of(2061, 6, 2));
		assertThat(events.stream(CalendarYearArranged.class)).containsExactly(new CalendarYearArranged(2061));
	}
}
