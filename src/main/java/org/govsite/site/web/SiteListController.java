package org.govsite.site.web;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.govsite.audit.AuditContext;
import org.govsite.audit.Audited;
import org.govsite.platform.BackOffice;
import org.govsite.site.SiteManagement;
import org.govsite.site.SiteSummary;
import org.govsite.site.SiteReadAccess;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of the site group, and the application for a new site. */
@Controller
@BackOffice
@RequestMapping("/admin/sites")
class SiteListController {

	private static final String FORM = "site/new";

	private final SiteManagement sites;

	private final SiteOptions options;

	private final MessageSource messages;

	private final SiteReadAccess readers;

	SiteListController(SiteManagement sites, SiteOptions options, MessageSource messages, SiteReadAccess readers) {
		this.readers = readers;
		this.sites = sites;
		this.options = options;
		this.messages = messages;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id", "*.id", "state", "*.state");
		binder.addValidators(new RegistrationRules());
	}

	@GetMapping
	String list(Authentication user, Model model) {
		List<SiteSummary> all = sites.sites();
		model.addAttribute("tree", SiteTree.of(all));
		// every site is listed; only those whose page the user may open are links
		model.addAttribute("readable", all.stream().map(SiteSummary::id).filter(readers::mayRead).collect(Collectors.toSet()));
		model.addAttribute("canApply", ConsoleRights.isSystemAdmin(user));
		return "site/list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String form(Model model) {
		model.addAttribute("form", new NewSiteForm());
		options.forRegistration(model, sites.sites(), null);
		return FORM;
	}

	@PostMapping
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Audited(value = "site.create", objectType = "site")
	String create(@Valid @ModelAttribute("form") NewSiteForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<Long> created = FormSubmission.submit(result, NewSiteForm::pathOf,
				() -> sites.apply(form.getRegistration().toRegistration(), form.getProfile().toProfile()));
		if (created.isPresent()) {
			AuditContext.objectId(created.get());
			redirect.addFlashAttribute("successMessage",
					messages.getMessage("site.created", null, LocaleContextHolder.getLocale()));
			return "redirect:/admin/sites/" + created.get();
		}
		options.forRegistration(model, sites.sites(), null);
		return FORM;
	}
}
