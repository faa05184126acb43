package org.govsite.identity.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.govsite.identity.FirstSetup;
import org.govsite.identity.StaffSession;
import org.govsite.identity.StaffSso;
import org.govsite.identity.StaffSession.PendingSecondFactor;
import org.govsite.identity.StaffSession.SecondFactorResult;
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

	private final StaffSession session;

	private final FirstSetup setup;

	private final StaffSso sso;

	SignInController(StaffSession session, FirstSetup setup, StaffSso sso) {
		this.session = session;
		this.setup = setup;
		this.sso = sso;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("setupPending", setup.pending());
		if (sso.enabled()) {
			model.addAttribute("ssoStart", StaffSso.START);
		}
		return "identity/login";
	}

	@GetMapping("/login/totp")
	String secondFactor(HttpSession httpSession, Model model) {
		PendingSecondFactor user = session.secondFactorPending().orElse(null);
		if (user == null) {
			return "redirect:/admin";
		}
		if (!user.enrolled()) {
			String secret = (String) httpSession.getAttribute(PENDING_SECRET);
			if (secret == null) {
				secret = session.newSecondFactorSecret();
				httpSession.setAttribute(PENDING_SECRET, secret);
			}
			model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").trim());
			model.addAttribute("qrCode", session.qrCode(user.username(), secret));
		}
		model.addAttribute("enrolling", !user.enrolled());
		return "identity/totp";
	}

	@PostMapping("/login/totp")
	String checkSecondFactor(@RequestParam String code, HttpServletRequest request, HttpServletResponse response,
			Model model) throws IOException {
		if (session.secondFactorPending().isEmpty()) {
			return "redirect:/admin";
		}
		String enrolling = (String) request.getSession().getAttribute(PENDING_SECRET);
		SecondFactorResult result = session.passSecondFactor(code, enrolling, request, response);
		if (result == SecondFactorResult.LOCKED) {
			new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
			return "redirect:/login?error=locked";
		}
		if (result == SecondFactorResult.WRONG) {
			model.addAttribute("codeError", true);
			return secondFactor(request.getSession(), model);
		}
		// passed: the secret being enrolled is the account's now, and the response goes on to work
		request.getSession().removeAttribute(PENDING_SECRET);
		return null;
	}
}
