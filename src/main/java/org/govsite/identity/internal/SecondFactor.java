package org.govsite.identity.internal;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;

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
		return holds(authentication, AUTHORITY);
	}

	/**
	 * The console's multi-factor rule, for the sessions {@link #requiredOf} names: the password and
	 * the code, or the provincial platform's sign-in (an authorization code) and the code. The
	 * provider stands in for the password, never for the code.
	 */
	static AuthorizationManager<Object> rule() {
		AuthorizationManager<Object> password = AllRequiredFactorsAuthorizationManager.<Object>builder()
			.requireFactor(factor -> factor.passwordAuthority())
			.requireFactor(factor -> factor.authority(AUTHORITY))
			.build();
		AuthorizationManager<Object> provider = AllRequiredFactorsAuthorizationManager.<Object>builder()
			.requireFactor(factor -> factor.authorizationCodeAuthority())
			.requireFactor(factor -> factor.authority(AUTHORITY))
			.build();
		return (authentication, object) -> {
			Authentication signedIn = authentication.get();
			if (signedIn == null || !requiredOf(signedIn)) {
				return new AuthorizationDecision(true);
			}
			return (holds(signedIn, FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY) ? provider : password)
				.authorize(authentication, object);
		};
	}

	/** Whether the session began with the password, not with the provincial platform's sign-in. */
	static boolean passwordIn(Authentication authentication) {
		return holds(authentication, FactorGrantedAuthority.PASSWORD_AUTHORITY)
				&& !holds(authentication, FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY);
	}

	private static boolean holds(Authentication authentication, String authority) {
		return authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
	}
}
