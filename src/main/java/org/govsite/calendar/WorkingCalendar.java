package org.govsite.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * Working-day arithmetic (SPEC.md §11). Working days are Monday to Friday, minus statutory
 * holidays, plus the weekend days declared working days (调休). Every deadline of the platform
 * is computed here.
 */
public interface WorkingCalendar {

	boolean isWorkingDay(LocalDate date);

	/**
	 * Whether the year has an arrangement entered: without one, Monday to Friday count as working
	 * days, and whatever is computed over that year is provisional.
	 */
	boolean isArranged(int year);

	/** The earliest year with an arrangement; before it the calendar knows nothing. */
	OptionalInt firstArrangedYear();

	/**
	 * The day from which a time limit counts: the day itself if it is a working day, otherwise the
	 * next working day (something received on a non-working day counts as received then).
	 */
	LocalDate receiptDay(LocalDate received);

	/** The N-th working day after the given date (N ≥ 0; 0 gives the date itself). */
	LocalDate addWorkingDays(LocalDate date, int workingDays);

	/**
	 * The last day of a time limit of N working days for something received on the given day:
	 * the N-th working day after its {@link #receiptDay receipt day}.
	 */
	LocalDate deadline(LocalDate received, int workingDays);

	/**
	 * The moment a time limit of N working days ends for something received at the given moment:
	 * the end (24:00, China Standard Time) of the {@link #deadline(LocalDate, int) last day}.
	 */
	Instant deadline(Instant received, int workingDays);

	/** The working days after {@code from} up to and including {@code to}; negative when to is before from. */
	int workingDaysBetween(LocalDate from, LocalDate to);
}
