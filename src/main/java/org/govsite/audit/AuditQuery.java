package org.govsite.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What to look for in the audit trail; every criterion left {@code null} matches everything.
 *
 * @param actor exactly this username
 * @param action exactly this event type
 * @param objectType exactly this kind of object
 * @param objectId exactly this object id
 * @param outcome only successes or only failures
 * @param from from this day on (China Standard Time)
 * @param to up to and including this day
 */
public record AuditQuery(@Nullable String actor, @Nullable String action, @Nullable String objectType,
		@Nullable String objectId, @Nullable AuditOutcome outcome, @Nullable LocalDate from, @Nullable LocalDate to) {

	/** Everything. */
	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null, null, null);
	}
}
