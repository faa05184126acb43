package org.govsite.identity;

import java.time.Instant;

/** An account was locked after too many failed sign-ins. */
public record AccountLocked(long accountId, String username, Instant until) {
}
