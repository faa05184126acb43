package org.govsite.disclosure;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an applicant reads with the query code: where the application stands, what to correct,
 * and the reply. No personal data beyond what they wrote themselves is shown, and not even that.
 */
public record PublicStatus(String number, String siteName, LocalDate receivedOn, RequestState state, LocalDate dueOn,
		@Nullable Correction correction, @Nullable Extension extension, @Nullable Reply reply, List<RequestEvent> events) {
}
