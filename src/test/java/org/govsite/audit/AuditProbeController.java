package org.govsite.audit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.govsite.platform.BackOffice;
import org.govsite.platform.RuleViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A console controller that exists only in the tests, to drive the audit interceptor: a change
 * that succeeds, one that creates, one refused by a rule, one refused for want of a right, and a
 * form shown again with errors. Part of the one shared test context, under its own path.
 */
@Controller
@BackOffice
@RequestMapping("/admin/test-audit/things")
class AuditProbeController {

	@PostMapping("/{id}")
	@Audited(value = "test-audit.update", objectType = "thing")
	String update(@PathVariable String id) {
		AuditContext.detail("renamed " + id);
		return "redirect:/admin";
	}

	@PostMapping
	@Audited(value = "test-audit.create", objectType = "thing")
	String create(@RequestParam String name) {
		AuditContext.objectId("created-" + name);
		return "redirect:/admin";
	}

	@PostMapping("/{id}/refuse")
	@Audited(value = "test-audit.refuse", objectType = "thing")
	String refuse(@PathVariable String id) {
		throw new RuleViolation("test-audit.refused");
	}

	@PostMapping("/{id}/guarded")
	@Audited(value = "test-audit.guarded", objectType = "thing")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String guarded(@PathVariable String id) {
		return "redirect:/admin";
	}

	@PostMapping("/{id}/form")
	@Audited(value = "test-audit.form", objectType = "thing")
	String form(@PathVariable String id, @Valid @ModelAttribute("thing") ThingForm thing, BindingResult binding) {
		return binding.hasErrors() ? "test-audit/form" : "redirect:/admin";
	}

	public static class ThingForm {

		@NotBlank
		private @Nullable String name;

		public @Nullable String getName() {
			return name;
		}

		public void setName(@Nullable String name) {
			this.name = name;
		}
	}
}
