package org.govsite.disclosure;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A line of the console's list of applications.
 *
 * @param applicant the applicant's name
 * @param dueSoon open, and its last day within {@link DisclosureRequests#DUE_SOON_WORKING_DAYS} working days
 */
public record RequestSummary(long id, String number, long siteId, String siteName, ReceiptChannel channel,
		LocalDate receivedOn, ApplicantType applicantType, String applicant, String description, RequestState state,
		LocalDate dueOn, boolean overdue, boolean dueSoon, @Nullable LocalDate closedOn) {
}
