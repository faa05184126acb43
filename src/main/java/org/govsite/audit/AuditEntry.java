package org.govsite.audit;

import org.jspecify.annotations.Nullable;

/**
 * A fact to record in the audit trail, for changes that do not come through a console or API
 * handler (sign-ins, lockouts, setup, scheduled work).
 *
 * @param actor the username of who did it ({@code system} for the platform itself)
 * @param action the event type, e.g. {@code login.success}
 * @param objectType the kind of object concerned, or {@code null}
 * @param objectId its id, or {@code null}
 * @param succeeded whether it succeeded
 * @param sourceAddress the client address, or {@code null}
 * @param detail a short description, or {@code null}
 */
public record AuditEntry(String actor, String action, @Nullable String objectType, @Nullable String objectId,
		boolean succeeded, @Nullable String sourceAddress, @Nullable String detail) {
}
