package org.govsite.disclosure;

import java.time.LocalDate;
import java.time.ZoneId;

import org.govsite.calendar.WorkingCalendar;
import org.govsite.content.PendingDisclosure;

/**
 * The 20-working-day limit of proactive disclosure (SPEC.md §5) for a document not yet published:
 * counted by the working calendar from the day the information was made (成文日期) or changed;
 * due soon within {@code warningDays} working days of the last day, overdue the day after it.
 *
 * @param madeOn the day the limit counts from
 * @param dueOn the last day to publish it on
 * @param overdue whether that day has passed
 */
public record ProactiveDeadline(long documentId, long siteId, String title, LocalDate madeOn, LocalDate dueOn,
		boolean overdue) {

	/** The limit: 20 working days from the information being made or changed. */
	public static final int WORKING_DAYS = 20;

	/**
	 * The document's limit as it stands today, if it is within {@code warningDays} working days or
	 * past; null while there is still time.
	 */
	public static ProactiveDeadline of(PendingDisclosure document, LocalDate today, int warningDays, WorkingCalendar calendar,
			ZoneId zone) {
		LocalDate made = document.madeOrChangedOn(zone);
		LocalDate due = calendar.deadline(made, WORKING_DAYS);
		boolean overdue = today.isAfter(due);
		boolean soon = !due.isAfter(calendar.addWorkingDays(calendar.receiptDay(today), warningDays));
		return overdue || soon ? new ProactiveDeadline(document.documentId(), document.siteId(), document.title(), made, due, overdue)
				: null;
	}
}
