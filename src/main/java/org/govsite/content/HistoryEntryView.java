package org.govsite.content;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of a document's timeline.
 *
 * @param action what happened
 * @param fromState the state before, {@code null} at creation
 * @param toState the state after
 * @param level the review level concerned (一审 = 1), 0 when none
 * @param actor who did it ({@code system} for scheduled work)
 * @param occurredAt when
 * @param comment why, or the reviewer's comment
 */
public record HistoryEntryView(HistoryAction action, @Nullable DocumentState fromState, DocumentState toState,
		int level, String actor, Instant occurredAt, @Nullable String comment) {
}
