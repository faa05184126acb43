package org.govsite.site.web;

import java.util.Optional;

import jakarta.validation.Valid;

import org.govsite.audit.AuditContext;
import org.govsite.audit.Audited;
import org.govsite.platform.BackOffice;
import org.govsite.platform.NotFound;
import org.govsite.site.LifecycleStep;
import org.govsite.site.NewMediaAccountView;
import org.govsite.site.SiteManagement;
import org.govsite.site.SiteGroupRules;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 政务新媒体 accounts under a site: registering one, its page with the same lifecycle steps as a
 * site, and editing what is registered. The list is on the site's page.
 */
@Controller
@BackOffice
@RequestMapping("/admin/sites/{siteId}/new-media")
class NewMediaController {

	private static final String NEW_FORM = "site/account-new";

	private static final String PAGE = "site/account";

	private final SiteManagement sites;

	private final SiteOptions options;

	private final SiteGroupRules settings;

	private final MessageSource messages;

	NewMediaController(SiteManagement sites, SiteOptions options, SiteGroupRules settings, MessageSource messages) {
		this.sites = sites;
		this.options = options;
		this.settings = settings;
		this.messages = messages;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id", "siteId", "state", "version");
	}

	@GetMapping("/new")
	@PreAuthorize("@staffAccess.managesSite(#siteId)")
	String form(@PathVariable long siteId, Model model) {
		model.addAttribute("site", sites.site(siteId));
		model.addAttribute("form", new AccountForm());
		options.forAccount(model);
		return NEW_FORM;
	}

	@PostMapping
	@PreAuthorize("@staffAccess.managesSite(#siteId)")
	@Audited(value = "site.createNewMediaAccount", objectType = "newMediaAccount")
	String create(@PathVariable long siteId, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Optional<Long> created = FormSubmission.submit(result, field -> field,
				() -> sites.registerNewMediaAccount(siteId, form.toData()));
		if (created.isPresent()) {
			AuditContext.objectId(created.get());
			redirect.addFlashAttribute("successMessage", message("site.accounts.created"));
			return "redirect:/admin/sites/" + siteId + "/new-media/" + created.get();
		}
		model.addAttribute("site", sites.site(siteId));
		options.forAccount(model);
		return NEW_FORM;
	}

	@GetMapping("/{accountId}")
	String show(@PathVariable long siteId, @PathVariable long accountId, Model model) {
		NewMediaAccountView account = sites.newMediaAccount(siteId, accountId);
		page(siteId, account, model);
		model.addAttribute("form", AccountForm.of(account.data()));
		return PAGE;
	}

	@PostMapping("/{accountId}")
	@PreAuthorize("@staffAccess.managesSite(#siteId)")
	@Audited(value = "site.updateNewMediaAccount", objectType = "newMediaAccount", objectIdParameter = "accountId")
	String update(@PathVariable long siteId, @PathVariable long accountId, @Valid @ModelAttribute("form") AccountForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormSubmission.submit(result, field -> field, () -> {
			sites.updateNewMediaAccount(siteId, accountId, form.toData());
			return accountId;
		}).isPresent()) {
			redirect.addFlashAttribute("successMessage", message("site.saved"));
			return "redirect:/admin/sites/" + siteId + "/new-media/" + accountId;
		}
		page(siteId, sites.newMediaAccount(siteId, accountId), model);
		return PAGE;
	}

	@PostMapping("/{accountId}/lifecycle/{step}")
	@Audited(value = "site.newMediaLifecycle", objectType = "newMediaAccount", objectIdParameter = "accountId")
	String step(@PathVariable long siteId, @PathVariable long accountId, @PathVariable("step") String path,
			@Valid StepForm form, RedirectAttributes redirect) {
		LifecycleStep step = LifecycleStep.fromPath(path).orElseThrow(() -> new NotFound("lifecycleStep", path));
		sites.performOnNewMediaAccount(siteId, accountId, step, form.toInput());
		redirect.addFlashAttribute("successMessage", messages.getMessage("site.actions.done",
				new Object[] { message("site.step." + step.name()) }, LocaleContextHolder.getLocale()));
		return "redirect:/admin/sites/" + siteId + "/new-media/" + accountId;
	}

	private void page(long siteId, NewMediaAccountView account, Model model) {
		model.addAttribute("site", sites.site(siteId));
		model.addAttribute("account", account);
		model.addAttribute("history", sites.newMediaAccountHistory(siteId, account.id()));
		model.addAttribute("steps", sites.allowedNewMediaAccountSteps(siteId, account.id()));
		model.addAttribute("maxOfflineDays", settings.maxOfflineDays());
		model.addAttribute("actionBase", "/admin/sites/" + siteId + "/new-media/" + account.id() + "/lifecycle/");
		options.forAccount(model);
	}

	private String message(String code) {
		return messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}
}
