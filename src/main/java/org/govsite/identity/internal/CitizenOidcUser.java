package org.govsite.identity.internal;

import java.util.List;

import org.govsite.identity.Citizen;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The provider's user with the citizen account it maps to, for the moment of the sign-in only. */
final class CitizenOidcUser extends DefaultOidcUser {

	private final Citizen citizen;

	CitizenOidcUser(OidcUser user, Citizen citizen) {
		super(List.of(new SimpleGrantedAuthority(CitizenAuthentication.AUTHORITY)), user.getIdToken(), user.getUserInfo());
		this.citizen = citizen;
	}

	Citizen citizen() {
		return citizen;
	}
}
