package org.govsite.identity.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password form's check. A name and address that must wait are refused before the password is
 * looked at; a wrong password counts against that name and address only. Whether an account is
 * locked or disabled is said only to someone who gave its right password: before that, a known
 * name and an unknown one get the same answers (and Spring's check takes as long for both).
 */
final class ThrottledPasswordSignIn implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottledPasswordSignIn(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle) {
		this.throttle = throttle;
		passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(encoder);
		passwords.setPreAuthenticationChecks(user -> {
		});
		passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String name = authentication.getName();
		String address = address(authentication);
		if (throttle.mustWait(name, address)) {
			throw new SignInMustWait();
		}
		try {
			Authentication authenticated = passwords.authenticate(authentication);
			throttle.succeeded(name, address);
			return authenticated;
		}
		catch (BadCredentialsException wrong) {
			if (throttle.failed(name, address)) {
				throw new SignInMustWait();
			}
			throw wrong;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static @Nullable String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
	}

	/** Too many wrong passwords for this name from this address: it waits a while. */
	static final class SignInMustWait extends AuthenticationException {

		SignInMustWait() {
			super("Too many failed sign-ins for this name from this address");
		}
	}
}
