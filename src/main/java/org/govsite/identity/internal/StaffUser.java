package org.govsite.identity.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member as Spring Security holds them in the session: their authorities and
 * what they must still do (second factor, new password) before working.
 */
public record StaffUser(long accountId, String username, String displayName, @Nullable String passwordHash,
		boolean enabled, boolean locked, boolean secondFactorRequired, boolean secondFactorEnrolled,
		boolean passwordChangeRequired, List<GrantedAuthority> authorities) implements UserDetails {

	@Serial
	private static final long serialVersionUID = 1L;

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities;
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	public StaffUser withPasswordChanged() {
		return new StaffUser(accountId, username, displayName, null, enabled, locked, secondFactorRequired,
				secondFactorEnrolled, false, authorities);
	}

	public StaffUser withSecondFactorEnrolled() {
		return new StaffUser(accountId, username, displayName, null, enabled, locked, secondFactorRequired, true,
				passwordChangeRequired, authorities);
	}

	/** For a sign-in whose first factor is not the password: the code is asked whatever the policy says. */
	public StaffUser withSecondFactorDemanded() {
		return new StaffUser(accountId, username, displayName, null, enabled, locked, true, secondFactorEnrolled,
				passwordChangeRequired, authorities);
	}
}
