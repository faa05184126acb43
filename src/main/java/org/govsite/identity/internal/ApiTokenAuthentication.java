package org.govsite.identity.internal;

import java.io.Serial;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** A request to {@code /api/v1} carrying {@code Authorization: Bearer <token>}, before and after checking. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final @Nullable String token;

	private final @Nullable StaffUser user;

	private ApiTokenAuthentication(@Nullable String token, @Nullable StaffUser user) {
		super(user == null ? AuthorityUtils.NO_AUTHORITIES : user.getAuthorities());
		this.token = token;
		this.user = user;
		setAuthenticated(user != null);
	}

	static ApiTokenAuthentication unchecked(String token) {
		return new ApiTokenAuthentication(token, null);
	}

	static ApiTokenAuthentication of(StaffUser user) {
		return new ApiTokenAuthentication(null, user);
	}

	@Nullable String token() {
		return token;
	}

	@Override
	public @Nullable Object getCredentials() {
		return null;
	}

	@Override
	public @Nullable Object getPrincipal() {
		return user;
	}

	@Override
	public String getName() {
		return user == null ? "" : user.getUsername();
	}
}
