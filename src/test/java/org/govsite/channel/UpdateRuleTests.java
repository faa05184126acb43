package org.govsite.channel;

import java.time.LocalDate;
import java.time.Period;

import org.govsite.channel.UpdateRule.Cadence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UpdateRuleTests {

	@Test
	void eachKindImpliesTheRuleOfSpecSection2() {
		assertThat(ChannelKind.NEWS.builtInRule()).isEqualTo(UpdateRule.within(Period.ofDays(14)));
		assertThat(ChannelKind.NOTICE.builtInRule()).isEqualTo(UpdateRule.withinAtFirstLevel(Period.ofMonths(6)));
		assertThat(ChannelKind.POLICY.builtInRule()).isEqualTo(UpdateRule.withinAtFirstLevel(Period.ofMonths(6)));
		assertThat(ChannelKind.PERSONNEL.builtInRule()).isEqualTo(UpdateRule.within(Period.ofYears(1)));
		assertThat(ChannelKind.PLAN.builtInRule()).isEqualTo(UpdateRule.within(Period.ofYears(1)));
		assertThat(ChannelKind.OVERVIEW.builtInRule().cadence()).isEqualTo(Cadence.WHEN_FACTS_CHANGE);
		assertThat(ChannelKind.TOPIC.builtInRule().cadence()).isEqualTo(Cadence.WHILE_ACTIVE);
		assertThat(ChannelKind.RESPONSE.builtInRule().cadence()).isEqualTo(Cadence.AS_EVENTS_DEVELOP);
		assertThat(ChannelKind.OTHER.builtInRule().cadence()).isEqualTo(Cadence.NONE);
	}

	@ParameterizedTest
	@EnumSource(value = ChannelKind.class, names = { "DISCLOSURE", "INTERPRETATION", "PROPOSAL", "INTERACTION", "SERVICE", "OTHER" })
	void theOtherKindsSetNoLimit(ChannelKind kind) {
		assertThat(kind.builtInRule().hasLimit()).isFalse();
		assertThat(kind.builtInRule().limitAt(1)).isEmpty();
	}

	@Test
	void theNoticeRuleBindsOnlyFirstLevelChannels() {
		UpdateRule notice = ChannelKind.NOTICE.builtInRule();
		assertThat(notice.limitAt(1)).contains(Period.ofMonths(6));
		assertThat(notice.limitAt(2)).isEmpty();
		assertThat(notice.nextUpdateDue(LocalDate.of(2026, 1, 31), 1)).contains(LocalDate.of(2026, 7, 31));
		assertThat(notice.nextUpdateDue(LocalDate.of(2026, 1, 31), 3)).isEmpty();
	}

	@Test
	void theNewsRuleBindsEveryLevel() {
		UpdateRule news = ChannelKind.NEWS.builtInRule();
		assertThat(news.limitAt(4)).contains(Period.ofDays(14));
		assertThat(news.nextUpdateDue(LocalDate.of(2026, 2, 20), 2)).contains(LocalDate.of(2026, 3, 6));
	}

	@ParameterizedTest
	@ValueSource(strings = { "P14D", "P6M first-level", "P1Y", "when-facts-change", "while-active", "as-events-develop", "none" })
	void readsBackItsTextForm(String text) {
		assertThat(UpdateRule.valueOf(text).toString()).isEqualTo(text);
	}

	@Test
	void readsWeeksAndToleratesCaseAndSpaces() {
		assertThat(UpdateRule.valueOf(" P2W ")).isEqualTo(UpdateRule.within(Period.ofDays(14)));
		assertThat(UpdateRule.valueOf("p6m First-Level")).isEqualTo(UpdateRule.withinAtFirstLevel(Period.ofMonths(6)));
		assertThat(UpdateRule.valueOf("WHILE-ACTIVE")).isEqualTo(UpdateRule.of(Cadence.WHILE_ACTIVE));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "14 days", "P0D", "P-1M", "within", "none first-level" })
	void refusesWhatIsNoRule(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> UpdateRule.valueOf(text));
	}

	@Test
	void aCadenceWithoutIntervalTakesNone() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new UpdateRule(Cadence.WHILE_ACTIVE, Period.ofDays(3), false));
		assertThatIllegalArgumentException().isThrownBy(() -> new UpdateRule(Cadence.NONE, null, true));
		assertThatIllegalArgumentException().isThrownBy(() -> new UpdateRule(Cadence.WITHIN, null, false));
	}
}
