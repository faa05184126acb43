package org.govsite.backup.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.govsite.backup.internal.Retention.Taken;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Retention keeps the newest good set of each of the last N days that have one. */
class RetentionTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Test
	void keepsTheNewestGoodSetOfEachOfTheLastDays() {
		List<Taken> sets = List.of(
				good("d1", "2026-12-01T18:30:00Z"),
				good("d2", "2026-12-02T18:30:00Z"),
				good("d3-early", "2026-12-03T17:00:00Z"),
				good("d3", "2026-12-03T18:30:00Z"),
				good("d4", "2026-12-04T18:30:00Z"));

		assertThat(Retention.toDelete(sets, 2, SHANGHAI)).containsExactlyInAnyOrder("d1", "d2", "d3-early");
	}

	@Test
	void daysInTheZoneCountNotUtcDays() {
		// 2026-12-03 15:00 and 17:00 UTC are 23:00 on the 3rd and 01:00 on the 4th in Shanghai: two days there
		List<Taken> sets = List.of(good("late-3rd", "2026-12-03T15:00:00Z"), good("early-4th", "2026-12-03T17:00:00Z"));

		assertThat(Retention.toDelete(sets, 2, SHANGHAI)).isEmpty();
		assertThat(Retention.toDelete(sets, 2, ZoneId.of("UTC"))).containsExactly("late-3rd");
	}

	@Test
	void failedSetsGoAndNeverCountAndDaysWithoutABackupUseNothingUp() {
		List<Taken> sets = List.of(
				good("old", "2026-11-01T18:30:00Z"),
				good("kept", "2026-11-20T18:30:00Z"),
				failed("failed-before", "2026-11-25T18:30:00Z"),
				failed("failed-after", "2026-12-04T18:30:00Z"));

		// the schedule stopped weeks ago: the last two good sets stay, whatever their age
		assertThat(Retention.toDelete(sets, 2, SHANGHAI)).containsExactly("failed-after", "failed-before");
	}

	@Test
	void withoutAnyGoodSetOnlyFailuresGo() {
		assertThat(Retention.toDelete(List.of(failed("f", "2026-12-01T00:00:00Z")), 7, SHANGHAI)).containsExactly("f");
	}

	@Test
	void atLeastOneDayIsKept() {
		assertThatThrownBy(() -> Retention.toDelete(List.of(), 0, SHANGHAI)).isInstanceOf(IllegalArgumentException.class);
	}

	private static Taken good(String name, String at) {
		return new Taken(name, Instant.parse(at), true);
	}

	private static Taken failed(String name, String at) {
		return new Taken(name, Instant.parse(at), false);
	}
}
