package org.govsite.identity.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.govsite.audit.AuditEntry;
import org.govsite.audit.AuditTrail;

import org.springframework.stereotype.Component;

/** Writes sign-in events into the audit trail: they do not pass through a console handler. */
@Component
public class SignInAudit {

	private final AuditTrail trail;

	SignInAudit(AuditTrail trail) {
		this.trail = trail;
	}

	public void passwordAccepted(String username, HttpServletRequest request) {
		record(username, "login.password", true, request, null);
	}

	public void signedIn(String username, HttpServletRequest request) {
		record(username, "login.success", true, request, null);
	}

	public void signInFailed(String username, String reason, HttpServletRequest request) {
		record(username, "login.failure", false, request, reason);
	}

	public void locked(String username, HttpServletRequest request) {
		record(username, "login.locked", false, request, null);
	}

	public void secondFactorPassed(String username, HttpServletRequest request) {
		record(username, "login.totp", true, request, null);
	}

	public void secondFactorFailed(String username, HttpServletRequest request) {
		record(username, "login.totp", false, request, null);
	}

	public void secondFactorEnrolled(String username, HttpServletRequest request) {
		record(username, "login.totp.enrolled", true, request, null);
	}

	public void signedOut(String username, HttpServletRequest request) {
		record(username, "logout", true, request, null);
	}

	public void record(String username, String action, boolean succeeded, HttpServletRequest request, String detail) {
		trail.record(new AuditEntry(username.isBlank() ? "anonymous" : username, action, "account", username, succeeded,
				request.getRemoteAddr(), detail));
	}
}
