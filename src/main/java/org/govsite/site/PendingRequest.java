package org.govsite.site;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A request waiting for the system administrator's approval: a temporary offline or leaving
 * supervision.
 *
 * @param kind {@link LifecycleStep#REQUEST_OFFLINE}, {@link LifecycleStep#START_CLOSING} or
 *        {@link LifecycleStep#REQUEST_LEAVE_SUPERVISION}
 * @param requestedBy who asked
 * @param requestedAt when
 * @param reason why
 * @param plannedDays for an offline request, how long
 * @param documentNumber for leaving supervision, the approving document's number
 * @param documentTitle and its title
 */
public record PendingRequest(LifecycleStep kind, String requestedBy, Instant requestedAt, String reason,
		@Nullable Integer plannedDays, @Nullable String documentNumber, @Nullable String documentTitle) {
}
