package org.govsite.disclosure;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The answer to an application.
 *
 * @param outcome the annual report's row it is counted in
 * @param withheldReason for a partial disclosure, why the rest is withheld (one of the 8 reasons)
 * @param text what the letter says beyond its fixed parts
 */
public record Reply(ReplyType type, Outcome outcome, @Nullable Outcome withheldReason, String text, LocalDate on) {
}
