package org.govsite.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;

/**
 * Checks a bearer token: valid, not revoked or expired, and its holder's account usable under the
 * account's own rules: enabled, not locked, its password not expired, and an administrator's only
 * where the security policy permits.
 */
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
		if (user.passwordChangeRequired()) {
			throw new CredentialsExpiredException("The token's account must set a new password first");
		}
		if (!tokens.permitted(user)) {
			throw new DisabledException("The security policy permits no API tokens for administrators");
		}
		return ApiTokenAuthentication.of(user);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return ApiTokenAuthentication.class.isAssignableFrom(authentication);
	}
}
