package org.govsite.interaction;

import java.time.LocalDate;

/**
 * A replied letter as the site shows it (SPEC.md §7): 受理日期, 答复日期, 答复部门 and the reply; the
 * writer as surname and 先生/女士 only.
 */
public record PublishedLetter(long id, long mailboxId, String subject, String content, String writer, LocalDate receivedOn,
		LocalDate repliedOn, String replyingUnit, String reply) {
}
