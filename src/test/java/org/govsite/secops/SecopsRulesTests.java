package org.govsite.secops;

import java.time.LocalDate;

import org.govsite.platform.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The deadlines by severity and the steps findings and counterfeit-site reports go through. */
class SecopsRulesTests {

	static final LocalDate FOUND = LocalDate.of(2026, 12, 1);

	@Test
	void aFindingIsDueSomeDaysAfterItWasFoundBySeverity() {
		FixDeadlines defaults = new FixDeadlines(7, 30, 90);
		assertThat(defaults.due(Severity.HIGH, FOUND)).isEqualTo(LocalDate.of(2026, 12, 8));
		assertThat(defaults.due(Severity.MEDIUM, FOUND)).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(defaults.due(Severity.LOW, FOUND)).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(new FixDeadlines(3, 10, 20).due(Severity.HIGH, FOUND)).isEqualTo(LocalDate.of(2026, 12, 4));
		assertThatThrownBy(() -> new FixDeadlines(0, 30, 90)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void onlyAnOpenFindingPastItsLastDayIsOverdue() {
		LocalDate due = LocalDate.of(2026, 12, 8);
		assertThat(FixDeadlines.overdue(FindingState.OPEN, due, due)).as("the last day itself").isFalse();
		assertThat(FixDeadlines.overdue(FindingState.OPEN, due, due.plusDays(1))).isTrue();
		assertThat(FixDeadlines.overdue(FindingState.FIXED, due, due.plusDays(1))).isFalse();
	}

	@Test
	void aFindingIsFixedThenVerifiedAndNeverBackwards() {
		assertThat(FindingState.OPEN.fix()).isEqualTo(FindingState.FIXED);
		assertThat(FindingState.FIXED.verify()).isEqualTo(FindingState.VERIFIED);
		assertThatThrownBy(FindingState.OPEN::verify)
			.isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.code()).isEqualTo("secops.finding.notFixed"));
		assertThatThrownBy(FindingState.FIXED::fix)
			.isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.code()).isEqualTo("secops.finding.notOpen"));
		assertThatThrownBy(FindingState.VERIFIED::verify).isInstanceOf(RuleViolation.class);
	}

	@Test
	void aCounterfeitReportGoesStepByStepToClosed() {
		assertThat(CounterfeitState.REPORTED.next()).isEqualTo(CounterfeitState.VERIFIED);
		assertThat(CounterfeitState.VERIFIED.next()).isEqualTo(CounterfeitState.REFERRED);
		assertThat(CounterfeitState.REFERRED.next()).isEqualTo(CounterfeitState.CLOSED);
		assertThatThrownBy(CounterfeitState.CLOSED::next)
			.isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.code()).isEqualTo("secops.counterfeit.closed"));
	}

	@Test
	void aSeverityIsReadInChineseOrAsItsCode() {
		assertThat(Severity.parse("高")).contains(Severity.HIGH);
		assertThat(Severity.parse(" medium ")).contains(Severity.MEDIUM);
		assertThat(Severity.parse("LOW")).contains(Severity.LOW);
		assertThat(Severity.parse("严重")).isEmpty();
	}
}
