package org.govsite.backup.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The too-old message goes out in the one watch hour in which the last good backup passes the threshold. */
class BackupAlertTests {

	private static final Instant LAST = Instant.parse("2026-12-05T18:30:00Z");

	private static final Duration LIMIT = Duration.ofHours(26);

	@Test
	void onlyTheHourOfTheCrossingSends() {
		assertThat(BackupAlert.justCrossed(LAST, LAST.plus(Duration.ofHours(25)), LIMIT)).isFalse();
		assertThat(BackupAlert.justCrossed(LAST, LAST.plus(Duration.ofHours(26)), LIMIT)).isFalse();
		assertThat(BackupAlert.justCrossed(LAST, LAST.plus(Duration.ofHours(26).plusMinutes(1)), LIMIT)).isTrue();
		assertThat(BackupAlert.justCrossed(LAST, LAST.plus(Duration.ofHours(27)), LIMIT)).isTrue();
		assertThat(BackupAlert.justCrossed(LAST, LAST.plus(Duration.ofHours(27).plusMinutes(1)), LIMIT)).isFalse();
	}
}
