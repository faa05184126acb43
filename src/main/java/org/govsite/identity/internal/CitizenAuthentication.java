package org.govsite.identity.internal;

import java.util.List;

import org.govsite.identity.Citizen;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A signed-in citizen: the one authority {@link #AUTHORITY}, never a staff role, kept in a session
 * attribute of its own that the console's and the API's security never read.
 */
public final class CitizenAuthentication extends AbstractAuthenticationToken {

	public static final String AUTHORITY = "CITIZEN";

	private final Citizen citizen;

	public CitizenAuthentication(Citizen citizen) {
		super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
		this.citizen = citizen;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Citizen getPrincipal() {
		return citizen;
	}

	@Override
	public String getName() {
		return "citizen:" + citizen.id();
	}
}
