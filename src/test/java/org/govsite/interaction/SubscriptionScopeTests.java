package org.govsite.interaction;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a subscription is about: channels or the whole site, narrowed by keywords. */
class SubscriptionScopeTests {

	@Test
	void keywordsAreSplitOnSpacesAndCommasOfEitherWidthOnceEach() {
		assertThat(SubscriptionScope.keywords(" 医保，养老  医保,教育、就业 ")).containsExactly("医保", "养老", "教育", "就业");
		assertThat(SubscriptionScope.keywords("  ")).isEmpty();
		assertThat(SubscriptionScope.keywords(null)).isEmpty();
	}

	@Test
	void tooManyOrTooLongKeywordsAreRefusedInChinese() {
		assertThatThrownBy(() -> SubscriptionScope.keywords("一 二 三 四 五 六")).isInstanceOf(ParticipationRefused.class)
			.hasFieldOrPropertyWithValue("code", "subscription.keyword.tooMany");
		assertThatThrownBy(() -> SubscriptionScope.keywords("字".repeat(21))).isInstanceOf(ParticipationRefused.class)
			.hasFieldOrPropertyWithValue("code", "subscription.keyword.tooLong");
	}

	@Test
	void aDocumentMatchesWhenInAChosenChannelOrAnyForTheWholeSite() {
		SubscriptionScope news = new SubscriptionScope(Set.of(1L), List.of());
		assertThat(news.matches(Set.of(1L, 5L), "县政府召开常务会议", null, List.of())).isTrue();
		assertThat(news.matches(Set.of(2L), "县政府召开常务会议", null, List.of())).isFalse();
		assertThat(new SubscriptionScope(Set.of(), List.of()).matches(Set.of(2L), "任何信息", null, List.of())).isTrue();
	}

	@Test
	void withKeywordsOnlyWhatNamesOneInTitleSummaryOrKeywords() {
		SubscriptionScope health = new SubscriptionScope(Set.of(), List.of("医保", "PM2.5"));
		assertThat(health.matches(Set.of(1L), "关于调整医保报销比例的通知", null, List.of())).isTrue();
		assertThat(health.matches(Set.of(1L), "通知", "本通知调整医保待遇", List.of())).isTrue();
		assertThat(health.matches(Set.of(1L), "通知", null, List.of("医保"))).isTrue();
		assertThat(health.matches(Set.of(1L), "空气质量 pm2.5 日报", null, List.of())).as("letters in either case").isTrue();
		assertThat(health.matches(Set.of(1L), "县政府召开常务会议", "研究教育工作", List.of("教育"))).isFalse();
	}
}
