package org.govsite.identity;

import java.time.Instant;

/**
 * A one-time link through which the holder of a new (or reset) account sets their own password.
 * Handed to them by the security administrator for ordinary staff; an administrator's link goes to
 * the holder alone (see {@link AdministratorChanges}). Nobody else ever knows the password.
 */
public record Activation(long accountId, String username, String link, Instant expiresAt) {
}
