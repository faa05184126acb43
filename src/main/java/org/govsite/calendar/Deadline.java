package org.govsite.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A time limit of some working days for something received on a day (SPEC.md §11).
 *
 * @param received the day it was received
 * @param receiptDay the day the limit counts from: the received day, or the next working day
 * @param workingDays the length of the limit
 * @param lastDay the last day of the limit
 * @param endsAt the moment the limit ends: midnight (China Standard Time) after the last day
 */
public record Deadline(LocalDate received, LocalDate receiptDay, int workingDays, LocalDate lastDay, Instant endsAt) {

	/** Whether the thing arrived on a non-working day and counts from a later day. */
	public boolean countsFromLaterDay() {
		return !receiptDay.equals(received);
	}
}
