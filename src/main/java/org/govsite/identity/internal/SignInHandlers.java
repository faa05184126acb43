package org.govsite.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * What happens after the password form: the session gets the policy's idle timeout and the user
 * goes on to the second factor or their work. Wrong passwords are counted per name and address by
 * {@link SignInThrottle}, never against the account: a stranger cannot lock its holder out.
 */
@Component
public class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private final Credentials credentials;

	private final SignInAudit audit;

	private final HttpSessionRequestCache requests = new HttpSessionRequestCache();

	SignInHandlers(Credentials credentials, SignInAudit audit) {
		this.credentials = credentials;
		this.audit = audit;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		request.getSession().setMaxInactiveInterval(credentials.policy().idleTimeoutMinutes() * 60);
		StaffUser user = (StaffUser) authentication.getPrincipal();
		if (user.secondFactorRequired()) {
			// The failure count is reset only once the second factor is passed too, so that knowing
			// the password does not buy unlimited guesses at the code.
			audit.passwordAccepted(user.username(), request);
			response.sendRedirect(request.getContextPath() + "/login/totp");
			return;
		}
		credentials.signedIn(user.username(), request.getRemoteAddr());
		audit.signedIn(user.username(), request);
		continueToWork(request, response);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = String.valueOf(request.getParameter("username")).trim().toLowerCase(java.util.Locale.ROOT);
		String reason = "bad";
		if (exception instanceof LockedException) {
			reason = "locked";
		}
		else if (exception instanceof DisabledException) {
			reason = "disabled";
		}
		else if (exception instanceof ThrottledPasswordSignIn.SignInMustWait) {
			reason = "wait";
		}
		audit.signInFailed(username, reason, request);
		response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
	}

	/** Back to the page the user first asked for, or the 工作台. */
	public void continueToWork(HttpServletRequest request, HttpServletResponse response) throws IOException {
		SavedRequest saved = requests.getRequest(request, response);
		String target = saved != null && saved.getRedirectUrl().contains("/admin") ? saved.getRedirectUrl()
				: request.getContextPath() + "/admin";
		requests.removeRequest(request, response);
		response.sendRedirect(target);
	}
}
