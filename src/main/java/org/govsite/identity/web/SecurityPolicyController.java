package org.govsite.identity.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.govsite.audit.Audited;
import org.govsite.identity.IdentityManagement;
import org.govsite.identity.SecurityPolicy;
import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 安全策略: passwords, lockout, sessions and who must use a second factor. */
@Controller
@BackOffice
@PreAuthorize("hasRole('SECURITY_ADMIN')")
@RequestMapping("/admin/security-policy")
class SecurityPolicyController {

	private final IdentityManagement identity;

	private final MessageSource messages;

	SecurityPolicyController(IdentityManagement identity, MessageSource messages) {
		this.identity = identity;
		this.messages = messages;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", PolicyForm.of(identity.policy()));
		model.addAttribute("optionalRoles", optionalRoles());
		return "identity/security-policy";
	}

	@PostMapping
	@Audited(value = "security.policy", objectType = "securityPolicy")
	String save(@Valid @ModelAttribute("form") PolicyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("optionalRoles", optionalRoles());
			return "identity/security-policy";
		}
		identity.updatePolicy(form.toPolicy());
		redirect.addFlashAttribute("successMessage", messages.getMessage("console.saved", null, LocaleContextHolder.getLocale()));
		return "redirect:/admin/security-policy";
	}

	private static Set<StaffRole> optionalRoles() {
		return EnumSet.complementOf(EnumSet.of(StaffRole.SYSTEM_ADMIN, StaffRole.SECURITY_ADMIN, StaffRole.AUDIT_ADMIN));
	}

	public static class PolicyForm {

		@Min(1) @Max(365)
		int passwordMaxAgeDays;

		@Min(0) @Max(24)
		int passwordHistorySize;

		@Min(1) @Max(10)
		int maxFailedAttempts;

		@Min(1) @Max(1440)
		int lockoutMinutes;

		@Min(1) @Max(120)
		int idleTimeoutMinutes;

		Set<StaffRole> totpRoles = EnumSet.noneOf(StaffRole.class);

		static PolicyForm of(SecurityPolicy policy) {
			PolicyForm form = new PolicyForm();
			form.passwordMaxAgeDays = policy.passwordMaxAgeDays();
			form.passwordHistorySize = policy.passwordHistorySize();
			form.maxFailedAttempts = policy.maxFailedAttempts();
			form.lockoutMinutes = policy.lockoutMinutes();
			form.idleTimeoutMinutes = policy.idleTimeoutMinutes();
			form.totpRoles = policy.totpRoles().isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(policy.totpRoles());
			return form;
		}

		SecurityPolicy toPolicy() {
			return new SecurityPolicy(passwordMaxAgeDays, passwordHistorySize, maxFailedAttempts, lockoutMinutes,
					idleTimeoutMinutes, totpRoles == null ? Set.of() : totpRoles);
		}

		public int getPasswordMaxAgeDays() { return passwordMaxAgeDays; }
		public void setPasswordMaxAgeDays(int value) { passwordMaxAgeDays = value; }
		public int getPasswordHistorySize() { return passwordHistorySize; }
		public void setPasswordHistorySize(int value) { passwordHistorySize = value; }
		public int getMaxFailedAttempts() { return maxFailedAttempts; }
		public void setMaxFailedAttempts(int value) { maxFailedAttempts = value; }
		public int getLockoutMinutes() { return lockoutMinutes; }
		public void setLockoutMinutes(int value) { lockoutMinutes = value; }
		public int getIdleTimeoutMinutes() { return idleTimeoutMinutes; }
		public void setIdleTimeoutMinutes(int value) { idleTimeoutMinutes = value; }
		public Set<StaffRole> getTotpRoles() { return totpRoles; }
		public void setTotpRoles(Set<StaffRole> value) { totpRoles = value; }
	}
}
