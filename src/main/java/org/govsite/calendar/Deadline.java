package org.govsite.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A time limit of some working days for something received on a day (SPEC.md §11).
 *
 * @param received the day it was received
 * @param receiptDay the day the limit counts from: the received day, or the next working day
 * @param workingDays the length of the limit
 * @param lastDay the last day of the limit
 * @param endsAt the moment the limit ends: midnight (China Standard Time) after the last day
 * @param unarrangedYears the years the limit runs through that have no arrangement entered yet,
 *        counted Monday to Friday: the deadline moves when their holidays are entered
 */
public record Deadline(LocalDate received, LocalDate receiptDay, int workingDays, LocalDate lastDay, Instant endsAt,
		List<Integer> unarrangedYears) {

	public Deadline {
		unarrangedYears = List.copyOf(unarrangedYears);
	}

	/** Whether the thing arrived on a non-working day and counts from a later day. */
	public boolean countsFromLaterDay() {
		return !receiptDay.equals(received);
	}

	/**
	 * Whether the deadline is only provisional: it runs through a year whose holidays are not
	 * known yet, and is recomputed once they are ({@link CalendarYearArranged}).
	 */
	public boolean provisional() {
		return !unarrangedYears.isEmpty();
	}
}
