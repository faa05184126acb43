package org.govsite.identity.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.govsite.audit.AuditEntry;
import org.govsite.audit.AuditTrail;
import org.govsite.identity.AdministratorSetup;
import org.govsite.identity.FirstSetup;
import org.govsite.identity.PasswordCheck;
import org.govsite.identity.StaffRole;
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

/** The one-time setup page of a new installation: the three administrators are created here. */
@Controller
@BackOffice
class SetupController {

	private final FirstSetup setup;

	private final PasswordCheck passwords;

	private final AuditTrail audit;

	SetupController(FirstSetup setup, PasswordCheck passwords, AuditTrail audit) {
		this.setup = setup;
		this.passwords = passwords;
		this.audit = audit;
	}

	@GetMapping("/setup/{token}")
	String form(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		if (!setup.tokenValid(token)) {
			return "identity/setup-invalid";
		}
		model.addAttribute("form", new SetupForm());
		return "identity/setup";
	}

	@PostMapping("/setup/{token}")
	String complete(@PathVariable String token, @Valid @ModelAttribute("form") SetupForm form, BindingResult result,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		model.addAttribute("token", token);
		if (!setup.tokenValid(token)) {
			return "identity/setup-invalid";
		}
		form.checkPasswords(passwords, result);
		if (result.hasErrors()) {
			return "identity/setup";
		}
		try {
			setup.complete(token, List.of(
					new AdministratorSetup(StaffRole.SYSTEM_ADMIN, form.system.username, form.system.displayName, form.system.password),
					new AdministratorSetup(StaffRole.SECURITY_ADMIN, form.security.username, form.security.displayName, form.security.password),
					new AdministratorSetup(StaffRole.AUDIT_ADMIN, form.audit.username, form.audit.displayName, form.audit.password)));
		}
		catch (RuleViolation violation) {
			result.reject(violation.code(), violation.arguments(), violation.code());
			return "identity/setup";
		}
		audit.record(new AuditEntry("setup", "setup.completed", "account",
				String.join(",", form.system.username, form.security.username, form.audit.username), true,
				request.getRemoteAddr(), null));
		redirect.addFlashAttribute("setupDone", true);
		return "redirect:/login";
	}
}
