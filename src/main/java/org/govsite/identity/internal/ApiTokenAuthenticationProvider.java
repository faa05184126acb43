package org.govsite.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;

/** Checks a bearer token: valid, not revoked or expired, and its holder's account usable. */
class ApiTokenAuthenticationProvider implements AuthenticationProvider {

	private final IssuedTokens tokens;

	private final StaffAccountRepository accounts;

	private final StaffUserDetailsService users;

	ApiTokenAuthenticationProvider(IssuedTokens tokens, StaffAccountRepository accounts, StaffUserDetailsService users) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.users = users;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String token = ((ApiTokenAuthentication) authentication).token();
		StaffUser user = tokens.holder(token)
			.flatMap(accounts::findById)
			.map(users::toUser)
			.orElseThrow(() -> new BadCredentialsException("Unknown, expired or revoked API token"));
		if (!user.isEnabled()) {
			throw new DisabledException("The token's account is disabled");
		}
		if (!user.isAccountNonLocked()) {
			throw new LockedException("The token's account is locked");
		}
		return ApiTokenAuthentication.of(user);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return ApiTokenAuthentication.class.isAssignableFrom(authentication);
	}
}
