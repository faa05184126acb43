package org.govsite.audit.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.govsite.audit.AuditContext;
import org.govsite.audit.AuditManagement;
import org.govsite.audit.AuditOutcome;
import org.govsite.audit.AuditRecordPage;
import org.govsite.audit.Audited;
import org.govsite.audit.ChainVerification;
import org.govsite.platform.BackOffice;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail in the console: records by filter, newest first, and the chain check. For the
 * audit administrator only; each reading and each check is itself recorded.
 */
@Controller
@BackOffice
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('AUDIT_ADMIN')")
class AuditConsoleController {

	static final int PAGE_SIZE = 50;

	private final AuditManagement audit;

	private final VerificationText verificationText;

	private final MessageSource messages;

	private final AuditActionNames actionNames;

	AuditConsoleController(AuditManagement audit, VerificationText verificationText, MessageSource messages,
			AuditActionNames actionNames) {
		this.actionNames = actionNames;
		this.audit = audit;
		this.verificationText = verificationText;
		this.messages = messages;
	}

	@InitBinder("filter")
	void allowOnlyFilterFields(WebDataBinder binder) {
		binder.setAllowedFields(AuditFilterForm.FIELDS);
	}

	@GetMapping
	@Audited(value = "audit.read", objectType = "audit-trail")
	String records(@ModelAttribute("filter") AuditFilterForm filter, BindingResult binding,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditContext.detail(filter.describe());
		model.addAttribute("outcomes", outcomeOptions());
		model.addAttribute("actionNames", actionNames.all());
		if (binding.hasErrors()) {
			return "audit/records";
		}
		AuditRecordPage found = audit.search(filter.toQuery(), page, PAGE_SIZE);
		model.addAttribute("found", found);
		model.addAttribute("previousPage", found.hasPrevious() ? filter.pageLink(found.page() - 1) : null);
		model.addAttribute("nextPage", found.hasNext() ? filter.pageLink(found.page() + 1) : null);
		return "audit/records";
	}

	/** A POST, although it changes nothing, because it writes its own audit record. */
	@PostMapping("/verification")
	@Audited(value = "audit.verify", objectType = "audit-trail")
	String verify(@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		ChainVerification verification = audit.verify();
		String text = verificationText.describe(verification);
		AuditContext.detail(text);
		model.addAttribute("verification", verification);
		model.addAttribute("verificationText", text);
		return htmx != null ? "audit/verification :: result" : "audit/verification";
	}

	private Map<String, String> outcomeOptions() {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("", messages.getMessage("audit.filter.outcome.any", null, LocaleContextHolder.getLocale()));
		for (AuditOutcome outcome : AuditOutcome.values()) {
			options.put(outcome.name(), messages.getMessage("audit.outcome." + outcome.name(), null, LocaleContextHolder.getLocale()));
		}
		return options;
	}
}
