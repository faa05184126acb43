package org.govsite.identity;

import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.govsite.identity.internal.Credentials;
import org.govsite.identity.internal.SessionAuthentication;
import org.govsite.identity.internal.SignInAudit;
import org.govsite.identity.internal.StaffSignOnHandlers;
import org.govsite.identity.internal.StaffSsoBindings;
import org.govsite.identity.internal.StaffSsoProperties;
import org.govsite.identity.internal.StaffUser;
import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Staff sign-in through the provincial 统一身份认证平台, for identity's pages: whether it is on, and
 * the signed-in staff member's binding of their account (绑定统一身份认证账号), which the security
 * administrator may also remove. Off, every page of it is 找不到 (404).
 */
@Component
public class StaffSso {

	/** Where the provider's sign-in starts, for binding and for signing in. */
	public static final String START = "/login/sso/staff";

	private final StaffSsoProperties properties;

	private final StaffSsoBindings bindings;

	private final SessionAuthentication session;

	private final SignInAudit audit;

	private final Credentials credentials;

	StaffSso(StaffSsoProperties properties, StaffSsoBindings bindings, SessionAuthentication session, SignInAudit audit,
			Credentials credentials) {
		this.credentials = credentials;
		this.properties = properties;
		this.bindings = bindings;
		this.session = session;
		this.audit = audit;
	}

	public boolean enabled() {
		return properties.active();
	}

	/** What the pages call the provider. */
	public String name() {
		return properties.name();
	}

	/** Whether the signed-in staff member's session has passed the TOTP code (else binding asks for one). */
	public boolean secondFactorPassed() {
		return session.secondFactorPassed();
	}

	/** When the signed-in staff member bound their account, if they did. */
	public Optional<Instant> boundAt() {
		requireEnabled();
		return session.current().flatMap(user -> bindings.boundAt(user.accountId()));
	}

	/**
	 * Lets the next sign-in at the provider bind the signed-in account (the caller then sends the
	 * browser to {@link #START}). Refused to the three administrators, and to a session that did not
	 * begin with the password; a session that has not passed the TOTP code (the policy did not ask it
	 * of the holder's roles) gives one from the holder's authenticator with the request.
	 */
	public void startBinding(HttpServletRequest request, @Nullable String code) {
		requireEnabled();
		StaffUser user = session.current().orElseThrow(() -> new RuleViolation("identity.sso.noAccount"));
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		String refusal = null;
		if (administrator(user)) {
			refusal = "identity.sso.administrator";
		}
		else if (!session.begunWithPassword()) {
			refusal = "identity.sso.needsPasswordAndCode";
		}
		else if (!session.secondFactorPassed()) {
			if (!user.secondFactorEnrolled()) {
				refusal = "identity.sso.noAuthenticator";
			}
			else if (code == null || !credentials.verifySecondFactor(user.accountId(), code.strip(), request.getRemoteAddr())) {
				refusal = "identity.sso.wrongCode";
			}
		}
		if (refusal != null) {
			audit.record(user.username(), "account.sso.bind", false, request, refusal);
			throw new RuleViolation(refusal);
		}
		request.getSession().setAttribute(StaffSignOnHandlers.BINDING, signedIn);
	}

	/** Removes the signed-in staff member's binding. */
	public void unbind(HttpServletRequest request) {
		requireEnabled();
		StaffUser user = session.current().orElseThrow(() -> new RuleViolation("identity.sso.noAccount"));
		// recorded by the handler's audit (account.sso.unbind), whether a binding was there or not
		bindings.unbind(user.accountId());
	}

	/** When an account was bound, for the security administrator's account page. */
	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	public Optional<Instant> boundAt(long accountId) {
		requireEnabled();
		return bindings.boundAt(accountId);
	}

	/** The security administrator removes an account's binding (the console audits it). */
	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	public void unbind(long accountId) {
		requireEnabled();
		bindings.unbind(accountId);
	}

	private static boolean administrator(StaffUser user) {
		return java.util.Arrays.stream(StaffRole.values()).filter(StaffRole::isAdministrator).map(StaffRole::authority)
			.anyMatch(authority -> user.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority())));
	}

	private void requireEnabled() {
		if (!enabled()) {
			throw new NotFound("staffSso", START);
		}
	}
}
