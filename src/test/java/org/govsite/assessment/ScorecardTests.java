package org.govsite.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Scoring by the checklist (SPEC.md §9), on the default groups and points the migration seeds:
 * vetoes decide before anything else, groups stop at 0, and a body without services is scored out
 * of 75 and scaled by 4/3.
 */
class ScorecardTests {

	static final Checklist DEFAULTS = new Checklist(List.of(
			group("availability", 15, false), group("publishing", 35, false), group("services", 25, true),
			group("interaction", 15, false), group("design", 10, false)),
			List.of(point("home-availability", "availability", "home-failed-percent", "1"),
					point("home-links", "availability", "broken-link-home", "1"),
					point("other-links", "availability", "broken-link", "0.1"),
					point("key-channels", "publishing", "channel-stale-key", "2"),
					point("empty-channels", "publishing", "channel-empty", "2"),
					point("tampered-files", "publishing", "tampered-file", "5"),
					point("service-guides", "services", "service-guide-incomplete", "1"),
					point("overdue-letters", "interaction", "letter-overdue", "1")));

	private final Scorecard card = new Scorecard(DEFAULTS);

	@Test
	void aBodyWithoutServicesIsScoredOutOf75AndScaledByFourThirds() {
		Score score = card.score(new SiteFacts(false, false, Map.of("tampered-file", count(1, 2, 3))));

		// 75 − 15 = 60 points of 75, × 4/3 = 80
		assertThat(score.total()).isEqualByComparingTo("80.00");
		assertThat(score.verdict()).isEqualTo(Verdict.PASS);
		assertThat(score.groups()).doesNotContainKey("services").containsEntry("publishing", new BigDecimal("20.00"));
		assertThat(score.deductions()).singleElement().satisfies(deduction -> {
			assertThat(deduction.pointCode()).isEqualTo("tampered-files");
			assertThat(deduction.points()).isEqualByComparingTo("15");
			assertThat(deduction.evidence()).containsExactly(1L, 2L, 3L);
		});
	}

	@Test
	void aBodyWithServicesIsScoredOutOf100AsItIs() {
		Score score = card.score(new SiteFacts(false, true, Map.of("tampered-file", count(1, 2, 3))));

		assertThat(score.total()).isEqualByComparingTo("85.00");
		assertThat(score.groups()).containsKey("services");
	}

	@Test
	void aVetoMakesTheSite不合格WhateverElseItScores() {
		Score score = card.score(new SiteFacts(true, true, Map.of("letter-unanswered-three-months", count(7))));

		assertThat(score.verdict()).isEqualTo(Verdict.FAIL);
		assertThat(score.total()).as("nothing else is scored").isNull();
		assertThat(score.vetoes()).containsOnlyKeys(Veto.NO_RESPONSE).containsEntry(Veto.NO_RESPONSE, List.of(7L));
	}

	@Test
	void theVetoThresholdsOfChannelsAndAvailability() {
		assertThat(card.score(facts("channel-stale-key", 4)).vetoes()).isEmpty();
		assertThat(card.score(facts("channel-stale-key", 5)).vetoes()).containsOnlyKeys(Veto.CHANNELS_STALE);
		assertThat(card.score(new SiteFacts(false, false, Map.of("channel-stale-key", count(1, 2, 3, 4), "channel-stale",
				count(5, 6, 7, 8, 9, 10)))).vetoes()).as("ten channels that should be updated").containsOnlyKeys(Veto.CHANNELS_STALE);
		assertThat(card.score(facts("channel-empty", 4)).vetoes()).isEmpty();
		assertThat(card.score(facts("channel-empty", 5)).vetoes()).containsOnlyKeys(Veto.CHANNELS_EMPTY);
		assertThat(card.score(percent("4.99")).vetoes()).isEmpty();
		assertThat(card.score(percent("5.00")).vetoes()).containsOnlyKeys(Veto.UNREACHABLE);
		assertThat(card.score(facts("home-stale", 1)).vetoes()).containsOnlyKeys(Veto.HOME_STALE);
	}

	@Test
	void aGroupNeverGoesBelowZeroAndBelowSixtyFails() {
		Score score = card.score(new SiteFacts(false, true, Map.of("tampered-file", count(1, 2, 3, 4, 5, 6, 7, 8, 9),
				"broken-link-home", count(11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26))));

		assertThat(score.groups()).containsEntry("publishing", new BigDecimal("0.00")).containsEntry("availability",
				new BigDecimal("0.00"));
		assertThat(score.total()).isEqualByComparingTo("50.00");
		assertThat(score.verdict()).isEqualTo(Verdict.FAIL);
	}

	@Test
	void theHomePageLosesOnePointPerPercentOfFailedRequests() {
		Score score = card.score(new SiteFacts(false, true, Map.of("home-failed-percent",
				new Measure(new BigDecimal("3.50"), List.of()))));

		assertThat(score.total()).isEqualByComparingTo("96.50");
		assertThat(score.deductions()).singleElement().satisfies(d -> assertThat(d.pointCode()).isEqualTo("home-availability"));
	}

	private static SiteFacts facts(String measure, int count) {
		return new SiteFacts(false, false, Map.of(measure, new Measure(BigDecimal.valueOf(count), List.of())));
	}

	private static SiteFacts percent(String value) {
		return new SiteFacts(false, false, Map.of(SiteFacts.HOME_FAILED_PERCENT, new Measure(new BigDecimal(value), List.of())));
	}

	private static Measure count(long... tasks) {
		return Measure.count(java.util.Arrays.stream(tasks).boxed().toList());
	}

	private static ChecklistGroup group(String code, int points, boolean services) {
		return new ChecklistGroup(code, code, BigDecimal.valueOf(points), services);
	}

	private static ChecklistPoint point(String code, String group, String measure, String perUnit) {
		return new ChecklistPoint(code, group, code, measure, new BigDecimal(perUnit));
	}
}
