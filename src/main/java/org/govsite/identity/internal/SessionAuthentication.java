package org.govsite.identity.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Updates the signed-in session: the second factor passed, a password changed. */
@Component
public class SessionAuthentication {

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	/** The staff member signed in to this session, if any. */
	public java.util.Optional<StaffUser> current() {
		Authentication authentication = holder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof StaffUser user
				? java.util.Optional.of(user) : java.util.Optional.empty();
	}

	public boolean secondFactorPending() {
		Authentication authentication = holder.getContext().getAuthentication();
		return authentication != null && SecondFactor.requiredOf(authentication) && !SecondFactor.presentIn(authentication);
	}

	/** Whether this session began with the password (not the provincial platform's sign-in). */
	public boolean begunWithPassword() {
		Authentication authentication = holder.getContext().getAuthentication();
		return authentication != null && SecondFactor.passwordIn(authentication);
	}

	/** Whether this session passed the TOTP code. */
	public boolean secondFactorPassed() {
		Authentication authentication = holder.getContext().getAuthentication();
		return authentication != null && SecondFactor.presentIn(authentication);
	}

	/** Adds the TOTP factor to the session, under a new session id. */
	public void addSecondFactor(StaffUser user, HttpServletRequest request, HttpServletResponse response) {
		List<GrantedAuthority> authorities = new ArrayList<>(holder.getContext().getAuthentication().getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(SecondFactor.AUTHORITY));
		replace(user, authorities, request, response);
		request.changeSessionId();
	}

	public void passwordChanged(HttpServletRequest request, HttpServletResponse response) {
		current().ifPresent(user -> replace(user.withPasswordChanged(),
				new ArrayList<>(holder.getContext().getAuthentication().getAuthorities()), request, response));
	}

	private void replace(StaffUser user, List<GrantedAuthority> authorities, HttpServletRequest request,
			HttpServletResponse response) {
		put(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities), request, response);
	}

	/** Makes this the session's sign-in (or no one's, with {@code null}). */
	void put(@org.jspecify.annotations.Nullable Authentication authentication, HttpServletRequest request,
			HttpServletResponse response) {
		SecurityContext context = holder.createEmptyContext();
		context.setAuthentication(authentication);
		holder.setContext(context);
		repository.saveContext(context, request, response);
	}
}
