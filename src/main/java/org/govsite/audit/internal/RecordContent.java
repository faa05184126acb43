package org.govsite.audit.internal;

import java.time.Instant;

import org.govsite.audit.AuditOutcome;
import org.jspecify.annotations.Nullable;

/**
 * Everything of an audit record that its hash covers: its fields and the hash of the record
 * before it.
 */
public record RecordContent(long seq, Instant occurredAt, String actor, String action, @Nullable String objectType,
		@Nullable String objectId, AuditOutcome outcome, @Nullable String sourceAddress, @Nullable String detail,
		String previousHash) {
}
