package org.govsite.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.govsite.calendar.BuiltInArrangements;
import org.govsite.calendar.WorkingDays;
import org.govsite.content.PendingDisclosure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 20-working-day limit of proactive disclosure, counted across the 2026 Spring Festival and its
 * 调休 Saturdays: warned of five working days before the last day, flagged the day after it, and
 * counted again from a change of a published document.
 */
class ProactiveDeadlineTests {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final WorkingDays calendar = new WorkingDays(BuiltInArrangements.all(), CHINA);

	private static PendingDisclosure written(LocalDate writtenOn, Instant changedAt) {
		return new PendingDisclosure(7, 3, "关于印发示例办法的通知", writtenOn, changedAt, "editor", "editor");
	}

	private ProactiveDeadline on(PendingDisclosure document, LocalDate today) {
		return ProactiveDeadline.of(document, today, 5, calendar, CHINA);
	}

	@Test
	void writtenBeforeTheSpringFestivalItIsDueOnTheTwentiethWorkingDay() {
		// Fri 6 Feb: 9–13 Feb (5), Sat 14 调休 (6), 16–23 Feb off, 24–27 (10), Sat 28 调休 (11), 2–6 Mar (16), 9–12 Mar (20)
		PendingDisclosure document = written(LocalDate.of(2026, 2, 6), null);
		assertThat(on(document, LocalDate.of(2026, 3, 4))).as("six working days left: no warning yet").isNull();

		ProactiveDeadline soon = on(document, LocalDate.of(2026, 3, 5));
		assertThat(soon.dueOn()).isEqualTo(LocalDate.of(2026, 3, 12));
		assertThat(soon.madeOn()).isEqualTo(LocalDate.of(2026, 2, 6));
		assertThat(soon.overdue()).isFalse();
		assertThat(on(document, LocalDate.of(2026, 3, 12)).overdue()).as("the last day itself").isFalse();
		assertThat(on(document, LocalDate.of(2026, 3, 13)).overdue()).isTrue();
	}

	@Test
	void aChangeOfAPublishedDocumentStartsTheLimitAgain() {
		// saved on Mon 2 Mar (10:00 in Beijing): 3–6 (4), 9–13 (9), 16–20 (14), 23–27 (19), Mon 30 Mar (20)
		PendingDisclosure changed = written(LocalDate.of(2026, 1, 10), Instant.parse("2026-03-02T02:00:00Z"));
		assertThat(changed.madeOrChangedOn(CHINA)).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(on(changed, LocalDate.of(2026, 3, 20))).isNull();
		assertThat(on(changed, LocalDate.of(2026, 3, 23)).dueOn()).isEqualTo(LocalDate.of(2026, 3, 30));
		assertThat(on(changed, LocalDate.of(2026, 3, 31)).overdue()).isTrue();
	}
}
