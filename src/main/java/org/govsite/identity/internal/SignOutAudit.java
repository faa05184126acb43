package org.govsite.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/** Records a sign-out in the audit trail. */
@Component
class SignOutAudit implements LogoutHandler {

	private final SignInAudit audit;

	SignOutAudit(SignInAudit audit) {
		this.audit = audit;
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication) {
		if (authentication != null) {
			audit.signedOut(authentication.getName(), request);
		}
	}
}
