package org.govsite.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Bonus points (portals only, above 80, each point at most its maximum, together at most 30) and the
 * judging of 政务新媒体 accounts (2 weeks without an update, or no interaction → 不合格), on the
 * defaults the migration seeds.
 */
class BonusAndNewMediaTests {

	private static final List<BonusPoint> BONUSES = List.of(
			bonus("interpretation", "award:interpretation", "2", "8"), bonus("response", "award:response", "2", "6"),
			bonus("services", "award:services", "2", "6"), bonus("data", "award:data", "2", "4"),
			bonus("innovation", "award:innovation", "2", "6"));

	private static final Scorecard CARD = new Scorecard(
			new Checklist(ScorecardTests.DEFAULTS.groups(), ScorecardTests.DEFAULTS.points(), BONUSES));

	private static final List<NewMediaRule> RULES = List.of(
			new NewMediaRule("stale", "两周内无更新", NewMediaFacts.DAYS_SINCE_UPDATE, 14),
			new NewMediaRule("no-interaction", "无互动功能", NewMediaFacts.INTERACTION_CLOSED, 0));

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	@Test
	void aPortalAbove80AddsItsBonusToTheDeductionsPart() {
		Score score = CARD.score(new SiteFacts(true, true, Map.of("tampered-file", count(1), "award:interpretation", units("3"))));

		// 100 − 5 = 95 by deductions, + 3 × 2 = 6
		assertThat(score.total()).isEqualByComparingTo("101.00");
		assertThat(score.bonus()).isEqualByComparingTo("6");
		assertThat(score.bonuses()).singleElement().satisfies(bonus -> {
			assertThat(bonus.pointCode()).isEqualTo("interpretation");
			assertThat(bonus.points()).isEqualByComparingTo("6");
		});
	}

	@Test
	void onlyPortalsEarnBonusPoints() {
		Score score = CARD.score(new SiteFacts(false, true, Map.of("award:interpretation", units("3"))));

		assertThat(score.total()).isEqualByComparingTo("100.00");
		assertThat(score.bonuses()).isEmpty();
	}

	@Test
	void aPortalAt80OrBelowEarnsNoBonus() {
		Score at80 = CARD.score(new SiteFacts(true, true, Map.of("tampered-file", count(1, 2, 3, 4), "award:data", units("2"))));
		Score above = CARD.score(new SiteFacts(true, true, Map.of("letter-overdue", count(1),
				"tampered-file", count(1, 2, 3), "award:data", units("2"))));

		assertThat(at80.total()).as("100 − 20, nothing added").isEqualByComparingTo("80.00");
		assertThat(at80.bonuses()).isEmpty();
		assertThat(above.total()).as("100 − 15 − 1 = 84, + 4").isEqualByComparingTo("88.00");
	}

	@Test
	void eachBonusPointStopsAtItsMaximumAndTheBonusAt30() {
		Score one = CARD.score(new SiteFacts(true, true, Map.of("award:data", units("10"))));
		assertThat(one.bonus()).as("2 × 10 capped at 4").isEqualByComparingTo("4");

		Score all = CARD.score(new SiteFacts(true, true, Map.of("award:interpretation", units("9"), "award:response", units("9"),
				"award:services", units("9"), "award:data", units("9"), "award:innovation", units("9"))));
		// 8 + 6 + 6 + 4 + 6 = 30; with a sixth point it would stop at 30 too
		assertThat(all.bonus()).isEqualByComparingTo("30");
		assertThat(all.total()).isEqualByComparingTo("130.00");

		Scorecard generous = new Scorecard(new Checklist(ScorecardTests.DEFAULTS.groups(), ScorecardTests.DEFAULTS.points(),
				List.of(bonus("a", "award:a", "20", "20"), bonus("b", "award:b", "20", "20"))));
		assertThat(generous.score(new SiteFacts(true, true, Map.of("award:a", units("1"), "award:b", units("1")))).bonus())
			.isEqualByComparingTo("30");
	}

	@Test
	void aVetoedPortalEarnsNoBonus() {
		Score score = CARD.score(new SiteFacts(true, true, Map.of("home-stale", count(1), "award:data", units("2"))));

		assertThat(score.verdict()).isEqualTo(Verdict.FAIL);
		assertThat(score.total()).isNull();
		assertThat(score.bonuses()).isEmpty();
	}

	@Test
	void anAccountWithoutAnUpdateForMoreThanTwoWeeksFails() {
		assertThat(judge(TODAY.minusDays(14), true).verdict()).as("14 days: still within").isEqualTo(Verdict.PASS);
		NewMediaJudgement stale = judge(TODAY.minusDays(15), true);
		assertThat(stale.verdict()).isEqualTo(Verdict.FAIL);
		assertThat(stale.broken()).extracting(NewMediaRule::code).containsExactly("stale");
		assertThat(judge(null, true).broken()).as("never posted").extracting(NewMediaRule::code).containsExactly("stale");
	}

	@Test
	void anAccountWithoutInteractionFailsHowEverFreshItIs() {
		NewMediaJudgement closed = judge(TODAY, false);
		assertThat(closed.verdict()).isEqualTo(Verdict.FAIL);
		assertThat(closed.broken()).extracting(NewMediaRule::code).containsExactly("no-interaction");
		assertThat(judge(TODAY.minusDays(30), false).broken()).extracting(NewMediaRule::code)
			.containsExactly("stale", "no-interaction");
	}

	@Test
	void theRulesAreDataTheirLimitsChangeTheJudgement() {
		List<NewMediaRule> weekly = List.of(new NewMediaRule("stale", "一周内无更新", NewMediaFacts.DAYS_SINCE_UPDATE, 7));
		NewMediaFacts tenDays = new NewMediaFacts(1, TODAY, TODAY.minusDays(10), false);

		assertThat(NewMediaJudgement.of(tenDays, weekly).broken()).extracting(NewMediaRule::code).containsExactly("stale");
		assertThat(NewMediaJudgement.of(tenDays, List.of()).verdict()).isEqualTo(Verdict.PASS);
	}

	private static NewMediaJudgement judge(LocalDate lastUpdate, boolean interaction) {
		return NewMediaJudgement.of(new NewMediaFacts(1, TODAY, lastUpdate, interaction), RULES);
	}

	private static BonusPoint bonus(String code, String measure, String perUnit, String max) {
		return new BonusPoint(code, code, measure, new BigDecimal(perUnit), new BigDecimal(max));
	}

	private static Measure units(String value) {
		return new Measure(new BigDecimal(value), List.of());
	}

	private static Measure count(long... tasks) {
		return Measure.count(java.util.Arrays.stream(tasks).boxed().toList());
	}
}
