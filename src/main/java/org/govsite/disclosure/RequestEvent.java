package org.govsite.disclosure;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A step in an application's history: {@code action} is a key under {@code disclosure.event.}. */
public record RequestEvent(Instant at, String action, @Nullable String by, @Nullable String note) {
}
