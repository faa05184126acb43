package org.govsite.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.govsite.test.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkingDaysTests {

	private final WorkingDays calendar = new WorkingDays(BuiltInArrangements.all(), TestClock.CHINA);

	@Test
	void eachBuiltInYearHas248WorkingDays() {
		assertThat(BuiltInArrangements.year2025().workingDayCount()).isEqualTo(248);
		assertThat(BuiltInArrangements.year2026().workingDayCount()).isEqualTo(248);
	}

	@Test
	void holidaysAreOffAndAdjustedWeekendsAreWorkingDays() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 17))).as("春节, a Tuesday").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).as("调休 Saturday").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28))).as("调休 Sunday").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).as("National Day, Wednesday").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).as("ordinary Saturday").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 9))).as("ordinary Monday").isTrue();
	}

	@Test
	void countsAcrossTheSpringFestival2026() {
		// Friday 13 Feb; Sat 14 is a working day; 16–20 and 23 are off; Sat 28 works.
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 2)).isEqualTo(LocalDate.of(2026, 2, 24));
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 6)).isEqualTo(LocalDate.of(2026, 2, 28));
	}

	@Test
	void countsAcrossNationalDay2025() {
		// Sun 28 Sep works; 1–8 Oct off; Sat 11 Oct works.
		assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 26), 1)).isEqualTo(LocalDate.of(2025, 9, 28));
		assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 30), 1)).isEqualTo(LocalDate.of(2025, 10, 9));
		assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 30), 3)).isEqualTo(LocalDate.of(2025, 10, 11));
		assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 11))).isEqualTo(3);
	}

	@Test
	void somethingReceivedOnANonWorkingDayCountsFromTheNextWorkingDay() {
		// Received Saturday 7 Mar 2026: counts as Monday 9 Mar; 1 wd ends Tuesday 10 Mar.
		assertThat(calendar.receiptDay(LocalDate.of(2026, 3, 7))).isEqualTo(LocalDate.of(2026, 3, 9));
		assertThat(calendar.deadline(LocalDate.of(2026, 3, 7), 1)).isEqualTo(LocalDate.of(2026, 3, 10));
		// Received during the 2026 Spring Festival: counts from Tuesday 24 Feb; Saturday 28 Feb works.
		assertThat(calendar.deadline(LocalDate.of(2026, 2, 18), 5)).isEqualTo(LocalDate.of(2026, 3, 2));
	}

	@Test
	void aDeadlineEndsAtMidnightChinaTime() {
		Instant received = ZonedDateTime.parse("2026-04-30T16:30:00+08:00[Asia/Shanghai]").toInstant();
		// 20 wd from Thu 30 Apr 2026 across 劳动节 (1, 4, 5 May off; Sat 9 May works): Mon 1 Jun.
		assertThat(calendar.deadline(received, 20))
			.isEqualTo(ZonedDateTime.parse("2026-06-02T00:00:00+08:00[Asia/Shanghai]").toInstant());
	}

	@Test
	void twentyWorkingDaysFromTheLastWorkingDayOf2025() {
		// 1–2 Jan off, Sunday 4 Jan works.
		assertThat(calendar.deadline(LocalDate.of(2025, 12, 31), 20)).isEqualTo(LocalDate.of(2026, 1, 29));
	}

	@Test
	void aYearWithoutArrangementCountsMondayToFriday() {
		assertThat(calendar.isDefined(2027)).isFalse();
		assertThat(calendar.addWorkingDays(LocalDate.of(2027, 3, 5), 1)).isEqualTo(LocalDate.of(2027, 3, 8));
	}

	@Test
	void refusesANegativeCount() {
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 5), -1));
	}

	@Test
	void countsBackwardsAsNegative() {
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 9))).isEqualTo(-4);
	}
}
