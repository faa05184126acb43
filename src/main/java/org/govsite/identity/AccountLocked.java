package org.govsite.identity;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;

/** An account was locked after too many failed sign-ins. */
@DomainEvent
public record AccountLocked(long accountId, String username, Instant until) {
}
