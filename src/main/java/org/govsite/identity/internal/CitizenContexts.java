package org.govsite.identity.internal;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.govsite.identity.Citizen;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Where a citizen's sign-in is kept: the session, under an attribute of its own. The staff's
 * security context has the default attribute, so a citizen's session is nobody in the console
 * and the API (bearer tokens only) never looks at sessions.
 */
@Component
public class CitizenContexts {

	static final String ATTRIBUTE = "GOVSITE_CITIZEN_SECURITY_CONTEXT";

	private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	CitizenContexts() {
		repository.setSpringSecurityContextKey(ATTRIBUTE);
	}

	HttpSessionSecurityContextRepository repository() {
		return repository;
	}

	/** Signs the citizen in: a new session id (no fixation), the citizen's context saved. */
	public void start(Citizen citizen, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		else {
			request.getSession(true);
		}
		SecurityContext context = new SecurityContextImpl(new CitizenAuthentication(citizen));
		repository.saveContext(context, request, response);
	}

	/** Signs the citizen out, and only the citizen: a staff sign-in in the same browser stays. */
	public void end(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
			request.changeSessionId();
		}
	}

	public Optional<Citizen> of(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(ATTRIBUTE) instanceof SecurityContext context
				&& context.getAuthentication() instanceof CitizenAuthentication citizen) {
			return Optional.of(citizen.getPrincipal());
		}
		return Optional.empty();
	}
}
