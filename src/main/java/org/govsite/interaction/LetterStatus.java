package org.govsite.interaction;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the writer sees with their query code: nothing of their contact details.
 *
 * @param replyBy the reply deadline
 * @param mayRate whether the reply waits for the writer's rating
 */
public record LetterStatus(String queryCode, String mailbox, String subject, LetterState state, LocalDate receivedOn,
		@Nullable LocalDate replyBy, @Nullable String rejection, @Nullable String reply, @Nullable LocalDate repliedOn,
		@Nullable String replyingUnit, @Nullable Satisfaction satisfaction, boolean mayRate) {
}
