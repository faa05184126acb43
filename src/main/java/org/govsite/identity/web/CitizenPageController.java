package org.govsite.identity.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.govsite.identity.Citizen;
import org.govsite.identity.CitizenAccounts;
import org.govsite.identity.CitizenRefused;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The citizens' own pages (公众账号, role public and all): registration, the emailed verification
 * link, sign-in and sign-out, and 我的 with everything the citizen wrote. Rendered on the server;
 * what a citizen typed is shown as text only. A refusal answers its 4xx with the reason in Chinese.
 */
@Controller
class CitizenPageController {

	private final CitizenAccounts accounts;

	private final MessageSource messages;

	CitizenPageController(CitizenAccounts accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/citizen/register")
	String registerForm(Model model) {
		model.addAttribute("email", "");
		model.addAttribute("name", "");
		return "identity/citizen-register";
	}

	@PostMapping("/citizen/register")
	String register(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmation,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		try {
			accounts.register(email, name, password, confirmation, request.getRemoteAddr());
			return "identity/citizen-registered";
		}
		catch (CitizenRefused refused) {
			response.setStatus(refused.status());
			model.addAttribute("email", email);
			model.addAttribute("name", name);
			model.addAttribute("error", text(refused));
			return "identity/citizen-register";
		}
	}

	@GetMapping("/citizen/verify")
	String verify(@RequestParam(defaultValue = "") String token, HttpServletResponse response, Model model) {
		try {
			model.addAttribute("citizen", accounts.verify(token));
		}
		catch (CitizenRefused refused) {
			response.setStatus(refused.status());
			model.addAttribute("error", text(refused));
		}
		return "identity/citizen-verified";
	}

	@GetMapping("/citizen/login")
	String loginForm(@RequestParam(required = false) @Nullable String sso, HttpServletResponse response, Model model) {
		model.addAttribute("email", "");
		if (sso != null) {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			model.addAttribute("error", messages.getMessage("identity.citizen.ssoFailed", null, Locale.SIMPLIFIED_CHINESE));
		}
		return login(model);
	}

	@PostMapping("/citizen/login")
	String signIn(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		try {
			Citizen citizen = accounts.signIn(email, password, request.getRemoteAddr());
			accounts.start(citizen, request, response);
			return "redirect:/my";
		}
		catch (CitizenRefused refused) {
			response.setStatus(refused.status());
			model.addAttribute("email", email);
			model.addAttribute("error", text(refused));
			return login(model);
		}
	}

	@PostMapping("/citizen/logout")
	String signOut(HttpServletRequest request) {
		accounts.end(request);
		return "redirect:/citizen/login?out";
	}

	@GetMapping("/my")
	String mine(@RequestParam(required = false) @Nullable Integer claimed, @RequestParam(required = false) @Nullable String ended,
			Model model) {
		Citizen citizen = signedIn();
		model.addAttribute("citizen", citizen);
		model.addAttribute("items", accounts.items(citizen));
		model.addAttribute("claimed", claimed);
		model.addAttribute("ended", ended);
		return "identity/citizen-mine";
	}

	@PostMapping("/my/claim")
	String claim() {
		return "redirect:/my?claimed=" + accounts.claim(signedIn());
	}

	private String login(Model model) {
		model.addAttribute("sso", accounts.singleSignOn().orElse(null));
		return "identity/citizen-login";
	}

	private Citizen signedIn() {
		return accounts.current().orElseThrow(() -> new CitizenRefused(401, "identity.citizen.signInFirst"));
	}

	private String text(CitizenRefused refused) {
		return messages.getMessage(refused.code(), null, Locale.SIMPLIFIED_CHINESE);
	}
}
