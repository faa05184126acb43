package org.govsite.channel.internal;

import java.time.LocalDate;
import java.time.Period;

import org.govsite.channel.ChannelDetails;
import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelRuleViolation;
import org.govsite.channel.UpdateRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ChannelTests {

	@Test
	void aNewChannelIsVisibleOpenAndFollowsItsKind() {
		Channel channel = Channels.fresh("tzgg");

		assertThat(channel.isVisible()).isTrue();
		assertThat(channel.isArchived()).isFalse();
		assertThat(channel.ownUpdateRule()).isNull();
		assertThat(channel.isSaved()).isFalse();
	}

	@Test
	void aChannelMayOverrideItsKindsRule() {
		Channel channel = Channels.fresh("tzgg");
		channel.edit(new ChannelDetails("通知公告", "tzgg", ChannelKind.NOTICE, UpdateRule.within(Period.ofMonths(1)),
				"县政府办公室", "李四", "0898-12345678", "  ", "通知,公告"));

		assertThat(channel.ownUpdateRule()).isEqualTo(UpdateRule.within(Period.ofMonths(1)));
		assertThat(channel.description()).as("blank means none").isNull();
		assertThat(channel.keywords()).isEqualTo("通知,公告");
	}

	@ParameterizedTest
	@ValueSource(strings = { "通知公告", "News", "news_2", "-news", "news-", "a--b", "a b", "" })
	void refusesCodesThatAreNotUrlSafe(String code) {
		Channel channel = Channels.fresh("tzgg");
		assertThatExceptionOfType(ChannelRuleViolation.class)
			.isThrownBy(() -> channel.edit(Channels.details(code)))
			.satisfies(violation -> assertThat(violation.code()).isEqualTo("channel.code.invalid"));
		assertThat(channel.code()).isEqualTo("tzgg");
	}

	@Test
	void refusesACodeLongerThan40() {
		assertThatExceptionOfType(ChannelRuleViolation.class)
			.isThrownBy(() -> Channels.fresh("a".repeat(41)));
	}

	@Test
	void needsANameAndSomeoneResponsible() {
		assertThatExceptionOfType(ChannelRuleViolation.class)
			.isThrownBy(() -> Channels.fresh("tzgg").edit(ChannelDetails.of(" ", "tzgg", ChannelKind.NEWS, "办公室", "李四")))
			.satisfies(violation -> assertThat(violation.code()).isEqualTo("channel.name.required"));
		assertThatExceptionOfType(ChannelRuleViolation.class)
			.isThrownBy(() -> Channels.fresh("tzgg").edit(ChannelDetails.of("通知", "tzgg", ChannelKind.NEWS, "办公室", "")))
			.satisfies(violation -> assertThat(violation.code()).isEqualTo("channel.responsible.required"));
	}

	@Test
	void hidesAndShowsOnce() {
		Channel channel = Channels.fresh("tzgg");
		channel.hide();
		assertThat(channel.isVisible()).isFalse();
		assertThatExceptionOfType(ChannelRuleViolation.class).isThrownBy(channel::hide);

		channel.show();
		assertThat(channel.isVisible()).isTrue();
		assertThatExceptionOfType(ChannelRuleViolation.class).isThrownBy(channel::show);
	}

	@Test
	void archivesWithTheDateAndRestoresOnce() {
		Channel channel = Channels.fresh("ztzl");
		channel.archive(LocalDate.of(2026, 3, 2));

		assertThat(channel.archivedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThatExceptionOfType(ChannelRuleViolation.class).isThrownBy(() -> channel.archive(LocalDate.of(2026, 3, 3)));
		assertThat(channel.archivedOn()).isEqualTo(LocalDate.of(2026, 3, 2));

		channel.restore();
		assertThat(channel.isArchived()).isFalse();
		assertThatExceptionOfType(ChannelRuleViolation.class).isThrownBy(channel::restore);
	}
}
