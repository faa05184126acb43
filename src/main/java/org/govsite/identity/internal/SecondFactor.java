package org.govsite.identity.internal;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** The TOTP factor: its authority, and who must present it. */
final class SecondFactor {

	/** Held by a session once its holder entered a valid TOTP code. */
	static final String AUTHORITY = "FACTOR_TOTP";

	private SecondFactor() {
	}

	/**
	 * Whether this authentication must carry the TOTP factor: a console session of an account that
	 * policy requires it of. API tokens are issued from such sessions and are checked on their own.
	 */
	static boolean requiredOf(Authentication authentication) {
		return authentication instanceof UsernamePasswordAuthenticationToken
				&& authentication.getPrincipal() instanceof StaffUser user && user.secondFactorRequired();
	}

	static boolean presentIn(Authentication authentication) {
		return authentication.getAuthorities().stream().anyMatch(a -> AUTHORITY.equals(a.getAuthority()));
	}
}
