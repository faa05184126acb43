package org.govsite.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.govsite.audit.AuditContext;
import org.govsite.audit.Audited;
import org.govsite.identity.AdministratorChange;
import org.govsite.identity.AdministratorChanges;
import org.govsite.identity.StaffAccess;
import org.govsite.platform.BackOffice;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 三员变更审批: the changes to administrators' accounts, pending and past, for all three administrators. */
@Controller
@BackOffice
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN')")
@RequestMapping("/admin/administrator-changes")
class AdministratorChangeController {

	private final AdministratorChanges changes;

	private final StaffAccess access;

	private final MessageSource messages;

	AdministratorChangeController(AdministratorChanges changes, StaffAccess access, MessageSource messages) {
		this.changes = changes;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("changes", changes.list());
		return "identity/administrator-changes";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("refusal", new RefusalForm());
		return page(id, model);
	}

	@PostMapping("/{id}/approve")
	@Audited(value = "account.change.approve", objectType = "administratorChange")
	String approve(@PathVariable long id, RedirectAttributes redirect) {
		AdministratorChange change = changes.approve(id);
		AuditContext.detail(AdministratorChangeText.describe(change));
		return done(id, change.pending() ? "identity.change.approvedWaiting" : "identity.change.carriedOut", redirect);
	}

	@PostMapping("/{id}/refuse")
	@Audited(value = "account.change.refuse", objectType = "administratorChange")
	String refuse(@PathVariable long id, @Valid @ModelAttribute("refusal") RefusalForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(id, model);
		}
		AuditContext.detail(AdministratorChangeText.describe(changes.refuse(id, form.reason)));
		return done(id, "identity.change.refused", redirect);
	}

	private String page(long id, Model model) {
		AdministratorChange change = changes.change(id);
		model.addAttribute("change", change);
		String me = access.currentUsername();
		model.addAttribute("mine", change.requestedBy().equals(me));
		return "identity/administrator-change";
	}

	private String done(long id, String code, RedirectAttributes redirect) {
		redirect.addFlashAttribute("successMessage", messages.getMessage(code, null, LocaleContextHolder.getLocale()));
		return "redirect:/admin/administrator-changes/" + id;
	}

	public static class RefusalForm {

		@NotBlank
		@Size(max = 500)
		String reason;

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}
	}
}
