package org.govsite.identity.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.govsite.audit.AuditContext;
import org.govsite.audit.Audited;
import org.govsite.identity.IdentityManagement;
import org.govsite.identity.RolePair;
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
		return page(model);
	}

	@PostMapping
	@Audited(value = "security.policy", objectType = "securityPolicy")
	String save(@Valid @ModelAttribute("form") PolicyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		SecurityPolicy policy = null;
		try {
			policy = form.toPolicy();
		}
		catch (IllegalArgumentException unknownPair) {
			result.rejectValue("separatedRoles", "identity.policy.outOfRange");
		}
		if (result.hasErrors() || policy == null) {
			return page(model);
		}
		String changes = identity.updatePolicy(policy);
		AuditContext.detail(changes.isEmpty() ? "unchanged" : changes);
		redirect.addFlashAttribute("successMessage", messages.getMessage("console.saved", null, LocaleContextHolder.getLocale()));
		return "redirect:/admin/security-policy";
	}

	private String page(Model model) {
		model.addAttribute("optionalRoles", optionalRoles());
		model.addAttribute("rolePairs", rolePairs());
		return "identity/security-policy";
	}

	private static Set<StaffRole> optionalRoles() {
		return EnumSet.complementOf(EnumSet.of(StaffRole.SYSTEM_ADMIN, StaffRole.SECURITY_ADMIN, StaffRole.AUDIT_ADMIN));
	}

	/** Every pair of site roles, as code to the names shown, e.g. 编辑 + 审核员. */
	private Map<String, String> rolePairs() {
		Map<String, String> pairs = new LinkedHashMap<>();
		List<StaffRole> roles = List.copyOf(optionalRoles());
		for (int i = 0; i < roles.size(); i++) {
			for (int j = i + 1; j < roles.size(); j++) {
				RolePair pair = new RolePair(roles.get(i), roles.get(j));
				pairs.put(pair.code(), roleName(pair.first()) + " + " + roleName(pair.second()));
			}
		}
		return pairs;
	}

	private String roleName(StaffRole role) {
		return messages.getMessage("identity.role." + role.name(), null, LocaleContextHolder.getLocale());
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

		@Min(1) @Max(IdentityManagement.MAX_API_TOKEN_DAYS)
		int apiTokenMaxDays = SecurityPolicy.DEFAULT_API_TOKEN_MAX_DAYS;

		boolean administratorTokens;

		Set<String> separatedRoles = new TreeSet<>();

		static PolicyForm of(SecurityPolicy policy) {
			PolicyForm form = new PolicyForm();
			form.passwordMaxAgeDays = policy.passwordMaxAgeDays();
			form.passwordHistorySize = policy.passwordHistorySize();
			form.maxFailedAttempts = policy.maxFailedAttempts();
			form.lockoutMinutes = policy.lockoutMinutes();
			form.idleTimeoutMinutes = policy.idleTimeoutMinutes();
			form.totpRoles = policy.totpRoles().isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(policy.totpRoles());
			form.apiTokenMaxDays = policy.apiTokenMaxDays();
			form.administratorTokens = policy.administratorTokens();
			form.separatedRoles = policy.separatedRoles().stream().map(RolePair::code).collect(Collectors.toCollection(TreeSet::new));
			return form;
		}

		SecurityPolicy toPolicy() {
			return new SecurityPolicy(passwordMaxAgeDays, passwordHistorySize, maxFailedAttempts, lockoutMinutes,
					idleTimeoutMinutes, totpRoles == null ? Set.of() : totpRoles, apiTokenMaxDays, administratorTokens,
					separatedRoles == null ? Set.of() : separatedRoles.stream().map(RolePair::parse).collect(Collectors.toSet()));
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
		public int getApiTokenMaxDays() { return apiTokenMaxDays; }
		public void setApiTokenMaxDays(int value) { apiTokenMaxDays = value; }
		public boolean isAdministratorTokens() { return administratorTokens; }
		public void setAdministratorTokens(boolean value) { administratorTokens = value; }
		public Set<String> getSeparatedRoles() { return separatedRoles; }
		public void setSeparatedRoles(Set<String> value) { separatedRoles = value; }
	}
}
