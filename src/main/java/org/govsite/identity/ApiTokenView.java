package org.govsite.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An API token as listed: its name and prefix, never the token itself. */
public record ApiTokenView(long id, String name, String prefix, Instant createdAt, @Nullable Instant expiresAt,
		@Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

	public boolean active(Instant now) {
		return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
	}
}
