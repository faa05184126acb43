package org.govsite.site;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step of a site's or an account's history: who asked, who approved, when, why.
 *
 * @param step what happened
 * @param from the state before
 * @param to the state after
 * @param requestedBy who asked
 * @param approvedBy who approved, where the step needed an approval
 * @param at when
 * @param reason why, where one was given
 * @param detail the facts of the step: approval level, planned days, target site, document
 * @param approvalNote what the approver wrote when approving, if anything
 */
public record HistoryEntry(LifecycleStep step, @Nullable SiteState from, SiteState to, String requestedBy,
		@Nullable String approvedBy, Instant at, @Nullable String reason, @Nullable String detail,
		@Nullable String approvalNote) {
}
