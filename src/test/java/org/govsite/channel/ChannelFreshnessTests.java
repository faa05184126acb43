package org.govsite.channel;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.govsite.calendar.BuiltInArrangements;
import org.govsite.calendar.WorkingDays;
import org.govsite.channel.ChannelFreshness.State;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A channel's state against its update rule, counted in working days across holidays. */
class ChannelFreshnessTests {

	private final WorkingDays calendar = new WorkingDays(BuiltInArrangements.all(), java.time.ZoneId.of("Asia/Shanghai"));

	private final UpdateRule fortnight = UpdateRule.within(Period.ofDays(14));

	/** Last published 20 September 2026: due 4 October, in the 国庆节 holidays. */
	private final LocalDate published = LocalDate.of(2026, 9, 20);

	@Test
	void theWarningCountsWorkingDaysSoAHolidayBringsItForward() {
		// Thursday 24 September: 25 September is 中秋节 and 1 to 7 October 国庆节: three working days left
		ChannelFreshness holidays = ChannelFreshness.of(fortnight, 2, published, LocalDate.of(2026, 9, 24), calendar, 3);
		assertThat(holidays.state()).isEqualTo(State.DUE_SOON);
		assertThat(holidays.due()).isEqualTo(LocalDate.of(2026, 10, 4));

		// counted Monday to Friday, as if there were no holidays, it would still look fresh
		ChannelFreshness noHolidays = ChannelFreshness.of(fortnight, 2, published, LocalDate.of(2026, 9, 24),
				new WorkingDays(List.of(), java.time.ZoneId.of("Asia/Shanghai")), 3);
		assertThat(noHolidays.state()).isEqualTo(State.FRESH);
	}

	@Test
	void freshUntilTheWarningThenDueSoonThenOverdue() {
		assertThat(ChannelFreshness.of(fortnight, 1, published, LocalDate.of(2026, 9, 21), calendar, 3).state())
			.isEqualTo(State.FRESH);
		assertThat(ChannelFreshness.of(fortnight, 1, published, LocalDate.of(2026, 10, 4), calendar, 3).state())
			.as("the last day itself").isEqualTo(State.DUE_SOON);
		assertThat(ChannelFreshness.of(fortnight, 1, published, LocalDate.of(2026, 10, 5), calendar, 3).state())
			.isEqualTo(State.OVERDUE);
	}

	@Test
	void theWarningPeriodIsConfigurable() {
		assertThat(ChannelFreshness.of(fortnight, 1, published, LocalDate.of(2026, 9, 24), calendar, 2).state())
			.isEqualTo(State.FRESH);
	}

	@Test
	void aChannelNeverPublishedInIsEmptyAndOneWithoutIntervalStaysFresh() {
		assertThat(ChannelFreshness.of(fortnight, 1, null, LocalDate.of(2026, 9, 24), calendar, 3).state())
			.isEqualTo(State.EMPTY);
		ChannelFreshness noLimit = ChannelFreshness.of(UpdateRule.withinAtFirstLevel(Period.ofMonths(6)), 2,
				LocalDate.of(2020, 1, 1), LocalDate.of(2026, 9, 24), calendar, 3);
		assertThat(noLimit.state()).isEqualTo(State.FRESH);
		assertThat(noLimit.due()).isNull();
	}
}
