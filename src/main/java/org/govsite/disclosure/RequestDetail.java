package org.govsite.disclosure;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An application with everything staff handle it with. The identity number is masked; the rest of
 * the applicant's data is shown to the staff who handle it, and each reading is audited.
 *
 * @param clockStart the working day the clock counts from
 * @param correctionNoticeLimit the last day a correction notice may go out
 * @param pausedWorkingDays the working days not counted
 */
public record RequestDetail(RequestSummary summary, Applicant applicant, @Nullable String purpose, Delivery delivery,
		LocalDate arrivedOn, LocalDate clockStart, LocalDate correctionNoticeLimit, int pausedWorkingDays,
		@Nullable Correction correction, List<Pause> pauses, @Nullable Extension extension, @Nullable Reply reply,
		@Nullable Outcome outcome, @Nullable String redirectNote, @Nullable String enteredBy, List<RequestEvent> events) {
}
