package org.govsite.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.govsite.audit.AuditEntry;
import org.govsite.audit.AuditTrail;
import org.govsite.identity.PasswordRejected;
import org.govsite.identity.AccountActivation;
import org.govsite.identity.PasswordCheck;
import org.govsite.platform.BackOffice;
import org.govsite.platform.RuleViolation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where the holder of a new or reset account sets their own password, through a one-time link. */
@Controller
@BackOffice
class ActivationController {

	private final AccountActivation activation;

	private final PasswordCheck passwords;

	private final AuditTrail audit;

	ActivationController(AccountActivation activation, PasswordCheck passwords, AuditTrail audit) {
		this.activation = activation;
		this.passwords = passwords;
		this.audit = audit;
	}

	@GetMapping("/activate/{token}")
	String form(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		return activation.holder(token).map(username -> {
			model.addAttribute("username", username);
			model.addAttribute("form", new PasswordForm());
			return "identity/activate";
		}).orElse("identity/activation-invalid");
	}

	@PostMapping("/activate/{token}")
	String activate(@PathVariable String token, @Valid @ModelAttribute("form") PasswordForm form, BindingResult result,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		model.addAttribute("token", token);
		String username = activation.holder(token).orElse(null);
		if (username == null) {
			return "identity/activation-invalid";
		}
		model.addAttribute("username", username);
		form.check(username, passwords, result);
		if (result.hasErrors()) {
			return "identity/activate";
		}
		try {
			String activated = activation.activate(token, form.password);
			audit.record(new AuditEntry(activated, "account.activate", "account", activated, true, request.getRemoteAddr(), null));
		}
		catch (PasswordRejected rejected) {
			rejected.reasons().forEach(code -> result.rejectValue("password", code));
			return "identity/activate";
		}
		catch (RuleViolation violation) {
			return "identity/activation-invalid";
		}
		redirect.addFlashAttribute("activated", true);
		return "redirect:/login";
	}
}
