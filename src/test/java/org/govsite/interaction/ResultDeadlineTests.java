package org.govsite.interaction;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Results within one calendar month of the end, and how late when not. */
class ResultDeadlineTests {

	@Test
	void dueOneCalendarMonthAfterTheEnd() {
		assertThat(ResultDeadline.dueOn(LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2026, 4, 30));
		assertThat(ResultDeadline.dueOn(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(ResultDeadline.dueOn(LocalDate.of(2026, 6, 15))).isEqualTo(LocalDate.of(2026, 7, 15));
	}

	@Test
	void latenessCountsFromTheDueDayToThePublicationOrToday() {
		LocalDate due = LocalDate.of(2026, 4, 30);
		assertThat(ResultDeadline.daysLate(due, LocalDate.of(2026, 4, 30), LocalDate.of(2026, 6, 1))).isZero();
		assertThat(ResultDeadline.daysLate(due, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 1))).isEqualTo(4);
		assertThat(ResultDeadline.daysLate(due, null, LocalDate.of(2026, 4, 12))).isZero();
		assertThat(ResultDeadline.daysLate(due, null, LocalDate.of(2026, 5, 10))).isEqualTo(10);
	}
}
