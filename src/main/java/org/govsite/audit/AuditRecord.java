package org.govsite.audit;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One record of the audit trail, as stored.
 *
 * @param seq its place in the trail, without gaps from 1
 * @param occurredAt when it happened, in China Standard Time
 * @param actor the username of who did it ({@code anonymous}, {@code system})
 * @param action the event type, e.g. {@code site.create}
 * @param objectType the kind of object concerned, or {@code null}
 * @param objectId its id, or {@code null}
 * @param outcome whether it succeeded
 * @param sourceAddress the client address, or {@code null}
 * @param detail a short description, or {@code null}
 * @param hash the record's HMAC-SM3 (hex), chaining it to the one before
 */
public record AuditRecord(long seq, OffsetDateTime occurredAt, String actor, String action,
		@Nullable String objectType, @Nullable String objectId, AuditOutcome outcome,
		@Nullable String sourceAddress, @Nullable String detail, String hash) {
}
