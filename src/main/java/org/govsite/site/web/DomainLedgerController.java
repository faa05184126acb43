package org.govsite.site.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;

import org.govsite.audit.AuditContext;
import org.govsite.audit.Audited;
import org.govsite.identity.StaffAccess;
import org.govsite.platform.BackOffice;
import org.govsite.platform.NotFound;
import org.govsite.site.DomainLedger;
import org.govsite.site.LedgerEntry;
import org.govsite.site.SiteManagement;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/**
 * 域名台账: the ledger of every domain with its deregistration steps, a form to enter or correct a
 * domain (system administrator), and the .xlsx for the supervising office.
 */
@Controller
@BackOffice
@RequestMapping("/admin/domains")
class DomainLedgerController {

	private static final String PAGE = "site/domains";

	private static final String FORM = "site/domain-form";

	private final DomainLedger ledger;

	private final SiteManagement sites;

	private final MessageSource messages;

	private final StaffAccess access;

	private final Clock clock;

	DomainLedgerController(DomainLedger ledger, SiteManagement sites, MessageSource messages, StaffAccess access,
			Clock clock) {
		this.ledger = ledger;
		this.access = access;
		this.sites = sites;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("entries", ledger.entries());
		model.addAttribute("checks", ledger.checks());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("canEdit", access.isSystemAdmin());
		return PAGE;
	}

	@GetMapping(value = "/export", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	@Audited(value = "site.exportDomainLedger", objectType = "domainLedger")
	ResponseEntity<byte[]> export() {
		String name = message("site.ledger.fileName", LocalDate.now(clock).toString());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(ledger.export());
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String newForm(Model model) {
		model.addAttribute("form", new DomainEntryForm());
		return form(model, null);
	}

	@PostMapping
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Audited(value = "site.addDomain", objectType = "domainEntry")
	String add(@Valid @ModelAttribute("form") DomainEntryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var added = FormSubmission.submit(result, field -> field, () -> ledger.add(form.toData()));
		if (added.isPresent()) {
			AuditContext.objectId(added.get());
			redirect.addFlashAttribute("successMessage", message("site.ledger.saved"));
			return "redirect:/admin/domains#domain-" + added.get();
		}
		return form(model, null);
	}

	@GetMapping("/{entryId}")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String editForm(@PathVariable long entryId, Model model) {
		LedgerEntry entry = ledger.entries().stream().filter(found -> found.id() == entryId).findFirst()
			.orElseThrow(() -> new NotFound("domainEntry", entryId));
		model.addAttribute("form", DomainEntryForm.of(entry.data()));
		return form(model, entryId);
	}

	@PostMapping("/{entryId}")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Audited(value = "site.updateDomain", objectType = "domainEntry", objectIdParameter = "entryId")
	String update(@PathVariable long entryId, @Valid @ModelAttribute("form") DomainEntryForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (FormSubmission.submit(result, field -> field, () -> {
			ledger.update(entryId, form.toData());
			return entryId;
		}).isPresent()) {
			redirect.addFlashAttribute("successMessage", message("site.ledger.saved"));
			return "redirect:/admin/domains#domain-" + entryId;
		}
		return form(model, entryId);
	}

	@PostMapping("/take-from-sites")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Audited(value = "site.takeDomainsFromSites", objectType = "domainLedger")
	String takeFromSites(RedirectAttributes redirect) {
		int taken = ledger.takeFromSites();
		redirect.addFlashAttribute("successMessage", message("site.ledger.taken", taken));
		return "redirect:/admin/domains";
	}

	@PostMapping("/steps/{stepId}/done")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Audited(value = "site.completeDeregistrationStep", objectType = "domainStep", objectIdParameter = "stepId")
	String stepDone(@PathVariable long stepId, RedirectAttributes redirect) {
		ledger.completeStep(stepId);
		redirect.addFlashAttribute("successMessage", message("site.ledger.stepCompleted"));
		return "redirect:/admin/domains";
	}

	private String form(Model model, @org.jspecify.annotations.Nullable Long entryId) {
		Map<String, String> siteOptions = new LinkedHashMap<>();
		siteOptions.put("", message("site.ledger.chooseSite"));
		sites.sites().forEach(site -> siteOptions.put(String.valueOf(site.id()), site.name()));
		model.addAttribute("siteOptions", siteOptions);
		model.addAttribute("entryId", entryId);
		return FORM;
	}

	private String message(String code, Object... arguments) {
		return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}
}
