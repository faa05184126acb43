package org.govsite.site.internal;

import java.time.Instant;

import org.govsite.site.HistoryEntry;
import org.govsite.site.LifecycleStep;
import org.govsite.site.SiteState;
import org.jspecify.annotations.Nullable;

/** A row of a site's or an account's history (table {@code lifecycle_entry}). */
record LifecycleEntry(LifecycleStep step, @Nullable SiteState fromState, SiteState toState, String requestedBy,
		@Nullable String approvedBy, Instant occurredAt, @Nullable String reason, @Nullable String detail,
		@Nullable String approvalNote) {

	HistoryEntry view() {
		return new HistoryEntry(step, fromState, toState, requestedBy, approvedBy, occurredAt, reason, detail, approvalNote);
	}
}
