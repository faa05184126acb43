package org.govsite.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.govsite.identity.IssuedToken;
import org.govsite.identity.StaffRole;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Issues API tokens and finds whose a presented token is. */
@Component
public class IssuedTokens {

	private final ApiTokens tokens;

	private final SecurityPolicyStore policies;

	private final Clock clock;

	IssuedTokens(ApiTokens tokens, SecurityPolicyStore policies, Clock clock) {
		this.tokens = tokens;
		this.policies = policies;
		this.clock = clock;
	}

	public IssuedToken issue(long accountId, String name, @Nullable Instant expiresAt) {
		return tokens.issue(accountId, name, expiresAt, clock.instant());
	}

	public boolean heldBy(long tokenId, long accountId) {
		return tokens.holderOfTokenId(tokenId).filter(holder -> holder == accountId).isPresent();
	}

	/**
	 * The account holding this token, if it is valid now: not revoked, not past its expiry, and not
	 * older than the policy's longest token lifetime (which also ends tokens made before it was set).
	 */
	Optional<Long> holder(String token) {
		Instant now = clock.instant();
		return tokens.holder(token, now, now.minus(policies.current().apiTokenMaxLifetime()));
	}

	/** Whether the policy lets this account use tokens: the three administrators only if it says so. */
	boolean permitted(StaffUser user) {
		Set<String> administrators = Set.of(StaffRole.SYSTEM_ADMIN.authority(), StaffRole.SECURITY_ADMIN.authority(),
				StaffRole.AUDIT_ADMIN.authority());
		boolean administrator = user.getAuthorities()
			.stream()
			.anyMatch(authority -> administrators.contains(authority.getAuthority()));
		return !administrator || policies.current().administratorTokens();
	}
}
