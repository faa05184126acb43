package org.govsite.identity;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A staff account as the console and the API show it: never its password or second-factor secret.
 */
public record AccountView(long id, String username, String displayName, @Nullable String unit, @Nullable String email,
		boolean enabled, boolean locked, boolean secondFactorEnrolled, boolean activated,
		@Nullable Instant passwordChangedAt, @Nullable Instant lastLoginAt, @Nullable String lastLoginAddress,
		Instant createdAt, List<Grant> grants) {
}
