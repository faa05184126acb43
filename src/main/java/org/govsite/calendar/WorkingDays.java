package org.govsite.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Working-day arithmetic over a set of year arrangements. A year without an arrangement counts
 * Monday to Friday as working days, so that deadlines never stop being computed; the console
 * warns before such a year begins.
 */
public final class WorkingDays implements WorkingCalendar {

	private final Map<Integer, YearArrangement> years;

	/** Deadlines end at midnight in this zone (the platform's), whatever the server's. */
	private final ZoneId zone;

	public WorkingDays(Collection<YearArrangement> arrangements, ZoneId zone) {
		this.zone = zone;
		this.years = arrangements.stream().collect(Collectors.toUnmodifiableMap(YearArrangement::year, Function.identity()));
	}

	/** Whether the year has an arrangement, rather than the Monday-to-Friday fallback. */
	public boolean isDefined(int year) {
		return years.containsKey(year);
	}

	@Override
	public boolean isArranged(int year) {
		return years.containsKey(year);
	}

	@Override
	public OptionalInt firstArrangedYear() {
		return years.keySet().stream().mapToInt(Integer::intValue).min();
	}

	/** The year's arrangement, if it has one. */
	public Optional<YearArrangement> arrangement(int year) {
		return Optional.ofNullable(years.get(year));
	}

	@Override
	public boolean isWorkingDay(LocalDate date) {
		YearArrangement year = years.get(date.getYear());
		return year != null ? year.isWorkingDay(date) : !YearArrangement.isWeekend(date);
	}

	@Override
	public LocalDate receiptDay(LocalDate received) {
		LocalDate day = received;
		while (!isWorkingDay(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

	@Override
	public LocalDate addWorkingDays(LocalDate date, int workingDays) {
		if (workingDays < 0) {
			throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
		}
		LocalDate day = date;
		for (int left = workingDays; left > 0;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	@Override
	public LocalDate deadline(LocalDate received, int workingDays) {
		return addWorkingDays(receiptDay(received), workingDays);
	}

	@Override
	public Instant deadline(Instant received, int workingDays) {
		LocalDate lastDay = deadline(received.atZone(zone).toLocalDate(), workingDays);
		return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
	}

	@Override
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}
}
