package org.govsite.identity.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;

import org.govsite.audit.AuditContext;
import org.govsite.audit.Audited;
import org.govsite.identity.AccountView;
import org.govsite.identity.Activation;
import org.govsite.identity.AdministratorChange;
import org.govsite.identity.GrantOutcome;
import org.govsite.identity.PasswordReset;
import org.govsite.identity.Grant;
import org.govsite.identity.GrantScopes;
import org.govsite.identity.IdentityManagement;
import org.govsite.identity.NewAccount;
import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;
import org.govsite.platform.RuleViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 账号管理: the security administrator's pages for staff accounts and their roles. */
@Controller
@BackOffice
@PreAuthorize("hasRole('SECURITY_ADMIN')")
@RequestMapping("/admin/accounts")
class AccountController {

	private final IdentityManagement identity;

	private final ObjectProvider<GrantScopes> scopes;

	private final MessageSource messages;

	private final org.govsite.identity.StaffSso sso;

	AccountController(IdentityManagement identity, ObjectProvider<GrantScopes> scopes, MessageSource messages,
			org.govsite.identity.StaffSso sso) {
		this.sso = sso;
		this.identity = identity;
		this.scopes = scopes;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", identity.accounts());
		return "identity/accounts";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", new AccountForm());
		return "identity/account-form";
	}

	@PostMapping("/new")
	@Audited(value = "account.open", objectType = "account")
	String open(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "identity/account-form";
		}
		Activation activation;
		try {
			activation = identity.open(new NewAccount(form.username, form.displayName, form.unit, form.email));
		}
		catch (RuleViolation violation) {
			result.rejectValue("username", violation.code(), violation.arguments(), violation.code());
			return "identity/account-form";
		}
		AuditContext.objectId(activation.accountId());
		redirect.addFlashAttribute("activation", activation);
		return "redirect:/admin/accounts/" + activation.accountId();
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		AccountView account = accountPage(id, model);
		AccountForm form = new AccountForm();
		form.username = account.username();
		form.displayName = account.displayName();
		form.unit = account.unit();
		form.email = account.email();
		model.addAttribute("form", form);
		return "identity/account";
	}

	/** The channels of a site, as options for the grant form (htmx). */
	@GetMapping("/channel-options")
	String channelOptions(@RequestParam(required = false) @Nullable Long siteId, Model model) {
		GrantScopes grantScopes = scopes.getIfAvailable();
		model.addAttribute("channels", siteId == null || grantScopes == null ? Map.of() : grantScopes.channels(siteId));
		return "identity/account :: channelOptions";
	}

	@PostMapping("/{id}")
	@Audited(value = "account.update", objectType = "account")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasFieldErrors("displayName") || result.hasFieldErrors("unit") || result.hasFieldErrors("email")) {
			accountPage(id, model);
			return "identity/account";
		}
		AdministratorChange pending = identity.update(id, form.displayName, form.unit, form.email);
		if (pending != null) {
			return waiting(id, pending, redirect);
		}
		return saved(id, redirect);
	}

	@PostMapping("/{id}/grants/add")
	@Audited(value = "account.grant", objectType = "account")
	String addGrant(@PathVariable long id, @RequestParam StaffRole role, @RequestParam(required = false) @Nullable Long siteId,
			@RequestParam(required = false) @Nullable Long channelId, RedirectAttributes redirect) {
		if (!role.isAdministrator() && siteId == null) {
			throw new RuleViolation("identity.grant.siteRequired");
		}
		Grant grant = role.isAdministrator() ? Grant.platform(role) : new Grant(role, siteId, channelId);
		Set<Grant> grants = new HashSet<>(identity.account(id).grants());
		grants.add(grant);
		return granted(id, identity.grant(id, grants), redirect);
	}

	@PostMapping("/{id}/grants/remove")
	@Audited(value = "account.revokeRole", objectType = "account")
	String removeGrant(@PathVariable long id, @RequestParam String authority, RedirectAttributes redirect) {
		Set<Grant> grants = new HashSet<>(identity.account(id).grants());
		grants.removeIf(grant -> grant.authority().equals(authority));
		return granted(id, identity.grant(id, grants), redirect);
	}

	@PostMapping("/{id}/unlock")
	@Audited(value = "account.unlock", objectType = "account")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		identity.unlock(id);
		return saved(id, redirect);
	}

	@PostMapping("/{id}/enable")
	@Audited(value = "account.enable", objectType = "account")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		identity.enable(id, true);
		return saved(id, redirect);
	}

	@PostMapping("/{id}/disable")
	@Audited(value = "account.disable", objectType = "account")
	String disable(@PathVariable long id, RedirectAttributes redirect) {
		identity.enable(id, false);
		return saved(id, redirect);
	}

	@PostMapping("/{id}/reset-password")
	@Audited(value = "account.resetPassword", objectType = "account")
	String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
		PasswordReset reset = identity.resetPassword(id);
		if (reset.pending() != null) {
			return waiting(id, reset.pending(), redirect);
		}
		redirect.addFlashAttribute("activation", reset.activation());
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/reset-second-factor")
	@Audited(value = "account.resetSecondFactor", objectType = "account")
	String resetSecondFactor(@PathVariable long id, RedirectAttributes redirect) {
		AdministratorChange pending = identity.resetSecondFactor(id);
		if (pending != null) {
			return waiting(id, pending, redirect);
		}
		return saved(id, redirect);
	}

	/** Removes the account's binding to the provincial 统一身份认证平台 (ADR 0003, addendum). */
	@PostMapping("/{id}/sso/unbind")
	@Audited(value = "account.sso.unbind", objectType = "account")
	String unbindSso(@PathVariable long id, RedirectAttributes redirect) {
		sso.unbind(id);
		return saved(id, redirect);
	}

	@PostMapping("/{id}/tokens/{tokenId}/revoke")
	@Audited(value = "account.token.revoke", objectType = "apiToken", objectIdParameter = "tokenId")
	String revokeToken(@PathVariable long id, @PathVariable long tokenId, RedirectAttributes redirect) {
		identity.revokeToken(tokenId);
		return saved(id, redirect);
	}

	private AccountView accountPage(long id, Model model) {
		AccountView account = identity.account(id);
		model.addAttribute("account", account);
		model.addAttribute("administrator", account.grants().stream().anyMatch(grant -> grant.role().isAdministrator()));
		model.addAttribute("tokens", identity.tokensOf(id));
		if (sso.enabled()) {
			model.addAttribute("ssoBoundAt", sso.boundAt(id).orElse(null));
		}
		model.addAttribute("roles", roleNames());
		GrantScopes grantScopes = scopes.getIfAvailable();
		model.addAttribute("sites", grantScopes == null ? Map.of() : grantScopes.sites());
		return account;
	}

	private String granted(long id, GrantOutcome outcome, RedirectAttributes redirect) {
		AuditContext.detail(outcome.describe());
		if (outcome.pending() != null) {
			return waiting(id, outcome.pending(), redirect);
		}
		return saved(id, redirect);
	}

	/** A change to an administrator that now waits for approval: said so, and recorded as requested. */
	private String waiting(long id, AdministratorChange pending, RedirectAttributes redirect) {
		if (pending.kind() != AdministratorChange.Kind.GRANT) {
			AuditContext.detail("requested administrator change #" + pending.id() + " (" + pending.kind() + "), awaiting approval");
		}
		redirect.addFlashAttribute("successMessage", messages.getMessage("identity.change.requested",
				new Object[] { String.valueOf(pending.id()) }, LocaleContextHolder.getLocale()));
		return "redirect:/admin/accounts/" + id;
	}

	private String saved(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("successMessage", messages.getMessage("console.saved", null, LocaleContextHolder.getLocale()));
		return "redirect:/admin/accounts/" + id;
	}

	private Map<String, String> roleNames() {
		Map<String, String> names = new LinkedHashMap<>();
		for (StaffRole role : StaffRole.values()) {
			names.put(role.name(), messages.getMessage("identity.role." + role.name(), null, LocaleContextHolder.getLocale()));
		}
		return names;
	}
}
