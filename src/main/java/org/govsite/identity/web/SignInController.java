package org.govsite.identity.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.govsite.identity.internal.Credentials;
import org.govsite.identity.internal.InstallationSetup;
import org.govsite.identity.internal.SessionAuthentication;
import org.govsite.identity.internal.SignInAudit;
import org.govsite.identity.internal.SignInHandlers;
import org.govsite.identity.internal.StaffUser;
import org.govsite.platform.BackOffice;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in pages: the password form (processed by Spring Security) and the second step, which
 * asks for a TOTP code, or first has the user load a new secret into their authenticator app.
 */
@Controller
@BackOffice
class SignInController {

	static final String PENDING_SECRET = SignInController.class.getName() + ".secret";

	private final SessionAuthentication session;

	private final Credentials credentials;

	private final SignInHandlers signIn;

	private final SignInAudit audit;

	private final InstallationSetup setup;

	SignInController(SessionAuthentication session, Credentials credentials, SignInHandlers signIn, SignInAudit audit,
			InstallationSetup setup) {
		this.session = session;
		this.credentials = credentials;
		this.signIn = signIn;
		this.audit = audit;
		this.setup = setup;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("setupPending", setup.pending());
		return "identity/login";
	}

	@GetMapping("/login/totp")
	String secondFactor(HttpSession httpSession, Model model) {
		StaffUser user = session.current().orElse(null);
		if (user == null || !session.secondFactorPending()) {
			return "redirect:/admin";
		}
		if (!user.secondFactorEnrolled()) {
			String secret = (String) httpSession.getAttribute(PENDING_SECRET);
			if (secret == null) {
				secret = credentials.newSecondFactorSecret();
				httpSession.setAttribute(PENDING_SECRET, secret);
			}
			model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").trim());
			model.addAttribute("qrCode", credentials.qrCode(user.username(), secret));
		}
		model.addAttribute("enrolling", !user.secondFactorEnrolled());
		return "identity/totp";
	}

	@PostMapping("/login/totp")
	String checkSecondFactor(@RequestParam String code, HttpServletRequest request, HttpServletResponse response,
			Model model) throws IOException {
		StaffUser user = session.current().orElse(null);
		if (user == null || !session.secondFactorPending()) {
			return "redirect:/admin";
		}
		boolean passed;
		StaffUser upgraded = user;
		if (user.secondFactorEnrolled()) {
			passed = credentials.verifySecondFactor(user.accountId(), code, request.getRemoteAddr());
		}
		else {
			String secret = (String) request.getSession().getAttribute(PENDING_SECRET);
			passed = secret != null && credentials.enrollSecondFactor(user.accountId(), secret, code);
			if (passed) {
				credentials.signedIn(user.username(), request.getRemoteAddr());
				request.getSession().removeAttribute(PENDING_SECRET);
				audit.secondFactorEnrolled(user.username(), request);
				upgraded = user.withSecondFactorEnrolled();
			}
		}
		if (!passed) {
			audit.secondFactorFailed(user.username(), request);
			if (credentials.locked(user.username())) {
				new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
				return "redirect:/login?error=locked";
			}
			model.addAttribute("codeError", true);
			return secondFactor(request.getSession(), model);
		}
		audit.secondFactorPassed(user.username(), request);
		session.addSecondFactor(upgraded, request, response);
		signIn.continueToWork(request, response);
		return null;
	}
}
