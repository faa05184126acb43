package org.govsite.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.govsite.audit.AuditContext;
import org.govsite.audit.Audited;
import org.govsite.identity.IssuedToken;
import org.govsite.identity.MyAccount;
import org.govsite.identity.PasswordRejected;
import org.govsite.identity.PasswordCheck;
import org.govsite.identity.StaffSession;
import org.govsite.identity.StaffSso;
import org.govsite.platform.BackOffice;
import org.govsite.platform.RuleViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
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

/** 我的账号: the signed-in staff member's password and API tokens. */
@Controller
@BackOffice
@RequestMapping("/admin/account")
class MyAccountController {

	private final MyAccount myAccount;

	private final PasswordCheck passwords;

	private final StaffSession session;

	private final MessageSource messages;

	private final org.springframework.beans.factory.ObjectProvider<org.govsite.identity.GrantScopes> scopes;

	private final StaffSso sso;

	MyAccountController(MyAccount myAccount, PasswordCheck passwords, StaffSession session,
			MessageSource messages, org.springframework.beans.factory.ObjectProvider<org.govsite.identity.GrantScopes> scopes,
			StaffSso sso) {
		this.scopes = scopes;
		this.sso = sso;
		this.myAccount = myAccount;
		this.passwords = passwords;
		this.session = session;
		this.messages = messages;
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("account", myAccount.me());
		model.addAttribute("tokens", myAccount.tokens());
		model.addAttribute("tokenMaxDays", myAccount.tokenMaxDays());
		// the sites by name, not by number
		org.govsite.identity.GrantScopes grantScopes = scopes.getIfAvailable();
		model.addAttribute("sites", grantScopes == null ? java.util.Map.of() : grantScopes.sites());
		if (sso.enabled()) {
			model.addAttribute("ssoName", sso.name());
			model.addAttribute("ssoBoundAt", sso.boundAt().orElse(null));
			model.addAttribute("ssoAsksCode", !sso.secondFactorPassed());
		}
		return "identity/my-account";
	}

	/** 绑定统一身份认证账号: the provider's next sign-in in this session binds its subject to this account. */
	@PostMapping("/sso/bind")
	@Audited(value = "account.sso.bindStart", objectType = "account")
	String bind(@RequestParam(required = false) @Nullable String code, HttpServletRequest request,
			RedirectAttributes redirect) {
		try {
			sso.startBinding(request, code);
		}
		catch (RuleViolation refused) {
			redirect.addFlashAttribute("errorMessage", message(refused.code()));
			return "redirect:/admin/account";
		}
		return "redirect:" + StaffSso.START;
	}

	@PostMapping("/sso/unbind")
	@Audited(value = "account.sso.unbind", objectType = "account")
	String unbind(HttpServletRequest request, RedirectAttributes redirect) {
		sso.unbind(request);
		redirect.addFlashAttribute("successMessage", message("identity.sso.unbound"));
		return "redirect:/admin/account";
	}

	@GetMapping("/password")
	String passwordForm(Model model) {
		model.addAttribute("form", new PasswordForm());
		model.addAttribute("required", session.passwordChangeRequired());
		return "identity/password";
	}

	@PostMapping("/password")
	@Audited(value = "account.password", objectType = "account")
	String changePassword(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		String username = myAccount.me().username();
		AuditContext.objectId(username);
		form.check(username, passwords, result);
		if (result.hasErrors()) {
			return passwordFormAgain(model);
		}
		try {
			myAccount.changePassword(form.current == null ? "" : form.current, form.password);
		}
		catch (PasswordRejected rejected) {
			rejected.reasons().forEach(code -> result.rejectValue("password", code));
			return passwordFormAgain(model);
		}
		catch (RuleViolation violation) {
			result.rejectValue("current", violation.code());
			return passwordFormAgain(model);
		}
		session.passwordChanged(request, response);
		redirect.addFlashAttribute("successMessage", message("identity.password.changed"));
		return "redirect:/admin";
	}

	@PostMapping("/tokens")
	@Audited(value = "account.token.issue", objectType = "apiToken")
	String issueToken(@RequestParam String name, @RequestParam(required = false) @Nullable Integer validDays,
			RedirectAttributes redirect) {
		IssuedToken token = myAccount.issueToken(name, validDays);
		AuditContext.objectId(token.id());
		redirect.addFlashAttribute("issuedToken", token.token());
		return "redirect:/admin/account";
	}

	@PostMapping("/tokens/{id}/revoke")
	@Audited(value = "account.token.revoke", objectType = "apiToken")
	String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
		myAccount.revokeToken(id);
		redirect.addFlashAttribute("successMessage", message("identity.token.revoked"));
		return "redirect:/admin/account";
	}

	private String passwordFormAgain(Model model) {
		model.addAttribute("required", session.passwordChangeRequired());
		return "identity/password";
	}

	private String message(String code) {
		return messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}
}
