package org.govsite.identity.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.govsite.platform.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What happens when the provincial 统一身份认证平台 sends a staff member back. Either they were
 * binding their account (the console session that asked for it is put back and the binding stored),
 * or they are signing in: to the bound account only, as a session that still owes the TOTP code.
 * Every outcome is audited.
 */
@Component
public class StaffSignOnHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	/** The console session that asked to bind its account, kept while the provider is visited. */
	public static final String BINDING = StaffSignOnHandlers.class.getName() + ".binding";

	private static final Logger log = LoggerFactory.getLogger(StaffSignOnHandlers.class);

	private final StaffSsoBindings bindings;

	private final Credentials credentials;

	private final SignInAudit audit;

	private final SessionAuthentication session;

	StaffSignOnHandlers(StaffSsoBindings bindings, Credentials credentials, SignInAudit audit, SessionAuthentication session) {
		this.session = session;
		this.bindings = bindings;
		this.credentials = credentials;
		this.audit = audit;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		OidcUser provider = (OidcUser) authentication.getPrincipal();
		String issuer = provider.getIdToken().getIssuer().toString();
		String subject = provider.getSubject();
		Authentication binding = takeBinding(request);
		if (binding != null) {
			StaffUser user = (StaffUser) binding.getPrincipal();
			session.put(binding, request, response);
			try {
				bindings.bind(user.accountId(), issuer, subject);
				audit.record(user.username(), "account.sso.bind", true, request, issuer);
				response.sendRedirect(request.getContextPath() + "/admin/account?sso=bound");
			}
			catch (RuleViolation refused) {
				audit.record(user.username(), "account.sso.bind", false, request, refused.code());
				response.sendRedirect(request.getContextPath() + "/admin/account?sso=" + refused.code().substring("identity.sso.".length()));
			}
			return;
		}
		StaffSsoBindings.SignIn signIn = bindings.signIn(issuer, subject);
		if (signIn.user().isEmpty()) {
			String reason = signIn.refusal().orElseThrow().name().toLowerCase(java.util.Locale.ROOT);
			log.warn("A staff sign-in through the 统一身份认证平台 was refused ({}): {} at {}", reason, subject, issuer);
			session.put(null, request, response);
			audit.record(signIn.username(), "login.sso", false, request, reason + " " + subject + " @ " + issuer);
			response.sendRedirect(request.getContextPath() + "/login?error=sso-" + reason);
			return;
		}
		StaffUser user = signIn.user().get();
		List<GrantedAuthority> authorities = new ArrayList<>(user.authorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY));
		session.put(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities), request, response);
		request.getSession().setMaxInactiveInterval(credentials.policy().idleTimeoutMinutes() * 60);
		audit.record(user.username(), "login.sso", true, request, null);
		response.sendRedirect(request.getContextPath() + "/login/totp");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		log.warn("A staff sign-in through the 统一身份认证平台 failed: {}", exception.getMessage());
		Authentication binding = takeBinding(request);
		if (binding != null) {
			session.put(binding, request, response);
			audit.record(((StaffUser) binding.getPrincipal()).username(), "account.sso.bind", false, request, "provider");
			response.sendRedirect(request.getContextPath() + "/admin/account?sso=failed");
			return;
		}
		audit.record("", "login.sso", false, request, "provider");
		response.sendRedirect(request.getContextPath() + "/login?error=sso-failed");
	}

	private static Authentication takeBinding(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return null;
		}
		Authentication binding = (Authentication) session.getAttribute(BINDING);
		session.removeAttribute(BINDING);
		return binding;
	}
}
