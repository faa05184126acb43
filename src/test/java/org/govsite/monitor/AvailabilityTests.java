package org.govsite.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The national veto's share: 5 % of a week's requests failing (SPEC.md §9.4). */
class AvailabilityTests {

	@Test
	void fivePerCentOfTheWeeksProbesFailingIsTheVeto() {
		assertThat(new Availability(168, 8).vetoed()).as("4.76 %").isFalse();
		assertThat(new Availability(168, 9).vetoed()).as("5.36 %").isTrue();
		assertThat(new Availability(20, 1).failedPercent()).isEqualByComparingTo("5.00");
		assertThat(new Availability(20, 1).vetoed()).isTrue();
		assertThat(new Availability(0, 0).vetoed()).as("no probes, nothing known").isFalse();
	}
}
