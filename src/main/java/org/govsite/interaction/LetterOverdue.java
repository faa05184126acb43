package org.govsite.interaction;

import java.time.LocalDate;

/** An accepted letter passed its reply deadline unanswered (found by the daily check, once per deadline). */
public record LetterOverdue(long letterId, long mailboxId, long handlingSiteId, LocalDate dueOn) {
}
