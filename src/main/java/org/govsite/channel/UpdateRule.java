package org.govsite.channel;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * How fresh a channel must be kept (SPEC.md §2): either updated within a maximum interval, or one
 * of the named cadences that set no periodic limit. Written as text in settings and in the API:
 * {@code P14D}, {@code P6M first-level}, {@code when-facts-change}, {@code while-active},
 * {@code as-events-develop}, {@code none}.
 *
 * @param cadence what kind of rule this is
 * @param maxInterval the longest allowed time between two updates, for {@link Cadence#WITHIN} only
 * @param firstLevelOnly whether the interval binds only a first-level channel (the national
 * checklist's rule for notice and policy channels); a deeper channel of that kind has no limit
 */
public record UpdateRule(Cadence cadence, @Nullable Period maxInterval, boolean firstLevelOnly) {

	private static final String FIRST_LEVEL = " first-level";

	public UpdateRule {
		if (cadence == Cadence.WITHIN) {
			if (maxInterval == null || maxInterval.isNegative() || maxInterval.isZero()) {
				throw new IllegalArgumentException("A periodic update rule needs a positive interval: " + maxInterval);
			}
		}
		else if (maxInterval != null || firstLevelOnly) {
			throw new IllegalArgumentException(cadence + " sets no interval");
		}
	}

	/** What kind of rule a channel follows. */
	public enum Cadence {

		/** Updated at least once within the interval. */
		WITHIN,

		/** 概况信息: updated whenever the facts it states change; no periodic limit. */
		WHEN_FACTS_CHANGE,

		/** 专题专栏: kept up while the topic runs, archived when it ends. */
		WHILE_ACTIVE,

		/** 回应关切 / 辟谣: updated as the event develops; no fixed limit. */
		AS_EVENTS_DEVELOP,

		/** No freshness rule. */
		NONE;

		String text() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	/** Updated at least once within the interval, at any level of the tree. */
	public static UpdateRule within(Period maxInterval) {
		return new UpdateRule(Cadence.WITHIN, maxInterval, false);
	}

	/** Updated within the interval when the channel is a first-level one; no limit deeper down. */
	public static UpdateRule withinAtFirstLevel(Period maxInterval) {
		return new UpdateRule(Cadence.WITHIN, maxInterval, true);
	}

	/** One of the cadences without an interval. */
	public static UpdateRule of(Cadence cadence) {
		return new UpdateRule(cadence, null, false);
	}

	/** Whether the rule sets a periodic limit at some level. */
	public boolean hasLimit() {
		return cadence == Cadence.WITHIN;
	}

	/**
	 * The limit that binds a channel at the given level (1 for a first-level channel), if any.
	 */
	public Optional<Period> limitAt(int level) {
		if (maxInterval == null || (firstLevelOnly && level != 1)) {
			return Optional.empty();
		}
		return Optional.of(maxInterval);
	}

	/**
	 * The last day by which a channel at the given level must be updated again, if the rule sets
	 * one: the day the interval after the last update ends.
	 */
	public Optional<LocalDate> nextUpdateDue(LocalDate lastUpdated, int level) {
		return limitAt(level).map(lastUpdated::plus);
	}

	/** Reads the text form: an ISO-8601 period, optionally followed by {@code first-level}, or a cadence name. */
	public static UpdateRule valueOf(String text) {
		String trimmed = text.strip();
		String lower = trimmed.toLowerCase(Locale.ROOT);
		for (Cadence cadence : Cadence.values()) {
			if (cadence != Cadence.WITHIN && cadence.text().equals(lower)) {
				return of(cadence);
			}
		}
		boolean firstLevel = lower.endsWith(FIRST_LEVEL);
		String period = firstLevel ? trimmed.substring(0, trimmed.length() - FIRST_LEVEL.length()).strip() : trimmed;
		try {
			return new UpdateRule(Cadence.WITHIN, Period.parse(period), firstLevel);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Not an update rule: " + text, ex);
		}
	}

	/** The text form, which {@link #valueOf(String)} reads back. */
	@Override
	public String toString() {
		if (maxInterval == null) {
			return cadence.text();
		}
		return maxInterval + (firstLevelOnly ? FIRST_LEVEL : "");
	}
}
