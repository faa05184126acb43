package org.govsite.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.govsite.identity.IssuedToken;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Issues API tokens and finds whose a presented token is. */
@Component
public class IssuedTokens {

	private final ApiTokens tokens;

	private final Clock clock;

	IssuedTokens(ApiTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	public IssuedToken issue(long accountId, String name, @Nullable Instant expiresAt) {
		return tokens.issue(accountId, name, expiresAt, clock.instant());
	}

	public boolean heldBy(long tokenId, long accountId) {
		return tokens.holderOfTokenId(tokenId).filter(holder -> holder == accountId).isPresent();
	}

	Optional<Long> holder(String token) {
		return tokens.holder(token, clock.instant());
	}
}
