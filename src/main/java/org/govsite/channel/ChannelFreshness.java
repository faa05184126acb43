package org.govsite.channel;

import java.time.LocalDate;
import java.util.Optional;

import org.govsite.calendar.WorkingCalendar;
import org.jspecify.annotations.Nullable;

/**
 * How a channel stands against its update rule today (SPEC.md §2), from its last publication.
 *
 * @param state fresh, due soon, overdue or empty
 * @param due the last day of the rule's interval, if the rule sets one
 * @param lastPublished the day something was last published in it, if ever
 */
public record ChannelFreshness(State state, @Nullable LocalDate due, @Nullable LocalDate lastPublished) {

	/** Where a channel stands. */
	public enum State {

		/** Updated within its interval, or bound by no interval. */
		FRESH,

		/** Its interval ends within the warning's working days: the responsible person is told. */
		DUE_SOON,

		/** Its interval has ended without an update: the site manager is told too. */
		OVERDUE,

		/** Nothing was ever published in it (空白栏目). */
		EMPTY
	}

	/**
	 * Where a channel at the given level stands today.
	 *
	 * @param warnWorkingDays how many working days before the interval ends it counts as due soon
	 */
	public static ChannelFreshness of(UpdateRule rule, int level, @Nullable LocalDate lastPublished, LocalDate today,
			WorkingCalendar calendar, int warnWorkingDays) {
		if (lastPublished == null) {
			return new ChannelFreshness(State.EMPTY, null, null);
		}
		Optional<LocalDate> due = rule.nextUpdateDue(lastPublished, level);
		if (due.isEmpty()) {
			return new ChannelFreshness(State.FRESH, null, lastPublished);
		}
		LocalDate last = due.get();
		if (today.isAfter(last)) {
			return new ChannelFreshness(State.OVERDUE, last, lastPublished);
		}
		boolean soon = calendar.workingDaysBetween(today, last) <= warnWorkingDays;
		return new ChannelFreshness(soon ? State.DUE_SOON : State.FRESH, last, lastPublished);
	}

	/** Whether someone must act: due soon, overdue or empty. */
	public boolean needsAttention() {
		return state != State.FRESH;
	}
}
