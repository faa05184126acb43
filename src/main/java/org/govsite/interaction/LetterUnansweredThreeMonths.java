package org.govsite.interaction;

import java.time.LocalDate;

/**
 * An accepted letter has waited more than three months for its reply: the national inspection's
 * veto (SPEC.md §7). Published once per letter, for inspection and scoring to read.
 */
public record LetterUnansweredThreeMonths(long letterId, long mailboxId, long handlingSiteId, LocalDate receiptDay) {
}
