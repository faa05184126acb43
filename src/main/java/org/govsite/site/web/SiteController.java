package org.govsite.site.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.govsite.audit.Audited;
import org.govsite.platform.BackOffice;
import org.govsite.platform.NotFound;
import org.govsite.site.LifecycleStep;
import org.govsite.site.SiteManagement;
import org.govsite.site.SiteView;
import org.govsite.site.SiteGroupRules;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A site's page: its facts, filings, 等保 record and domains, the go-live checklist, the lifecycle
 * steps the user may take now, its history, notices, change records and reporting to-dos; and the
 * two edit forms (the profile for its manager, the registration for the system administrator).
 */
@Controller
@BackOffice
@RequestMapping("/admin/sites/{siteId}")
class SiteController {

	private static final String PROFILE_FORM = "site/profile";

	private static final String REGISTRATION_FORM = "site/registration";

	private final SiteManagement sites;

	private final SiteOptions options;

	private final SiteGroupRules settings;

	private final MessageSource messages;

	private final Clock clock;

	SiteController(SiteManagement sites, SiteOptions options, SiteGroupRules settings, MessageSource messages,
			Clock clock) {
		this.sites = sites;
		this.options = options;
		this.settings = settings;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id", "siteId", "state", "version");
		binder.addValidators(new RegistrationRules());
	}

	@GetMapping
	String show(@PathVariable long siteId, Authentication user, Model model) {
		SiteView site = sites.site(siteId);
		model.addAttribute("site", site);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("isAdmin", ConsoleRights.isSystemAdmin(user));
		model.addAttribute("canEditRegistration", ConsoleRights.isSystemAdmin(user));
		model.addAttribute("canEditProfile", ConsoleRights.managesSite(user, siteId));
		model.addAttribute("history", sites.history(siteId));
		model.addAttribute("notices", sites.notices(siteId));
		model.addAttribute("changes", sites.changeRecords(siteId));
		model.addAttribute("tasks", sites.reportingTasks(siteId));
		model.addAttribute("accounts", sites.newMediaAccounts(siteId));
		model.addAttribute("steps", sites.allowedSteps(siteId));
		model.addAttribute("targets", SiteOptions.migrationTargets(sites.sites(), siteId));
		model.addAttribute("maxOfflineDays", settings.maxOfflineDays());
		model.addAttribute("actionBase", "/admin/sites/" + siteId + "/lifecycle/");
		return "site/show";
	}

	// --- profile (the site manager's) --------------------------------------------------------------

	@GetMapping("/profile")
	@PreAuthorize("@staffAccess.managesSite(#siteId)")
	String profileForm(@PathVariable long siteId, Model model) {
		SiteView site = sites.site(siteId);
		model.addAttribute("site", site);
		model.addAttribute("form", ProfileForm.of(site.profile()));
		return PROFILE_FORM;
	}

	@PostMapping("/profile")
	@PreAuthorize("@staffAccess.managesSite(#siteId)")
	@Audited(value = "site.updateProfile", objectType = "site", objectIdParameter = "siteId")
	String updateProfile(@PathVariable long siteId, @Valid @ModelAttribute("form") ProfileForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormSubmission.submit(result, field -> field, () -> {
			sites.updateProfile(siteId, form.toProfile());
			return siteId;
		}).isPresent()) {
			return saved(siteId, redirect);
		}
		model.addAttribute("site", sites.site(siteId));
		return PROFILE_FORM;
	}

	// --- registration (the system administrator's) -------------------------------------------------

	@GetMapping("/registration")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String registrationForm(@PathVariable long siteId, Model model) {
		SiteView site = sites.site(siteId);
		model.addAttribute("site", site);
		model.addAttribute("form", RegistrationForm.of(site.registration()));
		options.forRegistration(model, sites.sites(), siteId);
		return REGISTRATION_FORM;
	}

	@PostMapping("/registration")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Audited(value = "site.updateRegistration", objectType = "site", objectIdParameter = "siteId")
	String updateRegistration(@PathVariable long siteId, @Valid @ModelAttribute("form") RegistrationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormSubmission.submit(result, field -> field, () -> {
			sites.updateRegistration(siteId, form.toRegistration());
			return siteId;
		}).isPresent()) {
			return saved(siteId, redirect);
		}
		model.addAttribute("site", sites.site(siteId));
		options.forRegistration(model, sites.sites(), siteId);
		return REGISTRATION_FORM;
	}

	// --- lifecycle and reporting -----------------------------------------------------------------

	/** One lifecycle step; a refusal comes back on the site's page with its reason. */
	@PostMapping("/lifecycle/{step}")
	@Audited(value = "site.lifecycle", objectType = "site", objectIdParameter = "siteId")
	String step(@PathVariable long siteId, @PathVariable("step") String path, @Valid StepForm form,
			RedirectAttributes redirect) {
		LifecycleStep step = LifecycleStep.fromPath(path).orElseThrow(() -> new NotFound("lifecycleStep", path));
		sites.perform(siteId, step, form.toInput());
		redirect.addFlashAttribute("successMessage", done(step));
		return "redirect:/admin/sites/" + siteId;
	}

	@PostMapping("/change-records/{recordId}/reported")
	@Audited(value = "site.markChangeReported", objectType = "changeRecord", objectIdParameter = "recordId")
	String markReported(@PathVariable long siteId, @PathVariable long recordId, RedirectAttributes redirect) {
		sites.markChangeReported(siteId, recordId);
		redirect.addFlashAttribute("successMessage", message("site.changes.reportedMessage"));
		return "redirect:/admin/sites/" + siteId + "#changes";
	}

	@PostMapping("/reporting-tasks/{taskId}/done")
	@Audited(value = "site.completeReportingTask", objectType = "reportingTask", objectIdParameter = "taskId")
	String completeTask(@PathVariable long siteId, @PathVariable long taskId, RedirectAttributes redirect) {
		sites.completeReportingTask(siteId, taskId);
		redirect.addFlashAttribute("successMessage", message("site.tasks.completedMessage"));
		return "redirect:/admin/sites/" + siteId + "#tasks";
	}

	private String saved(long siteId, RedirectAttributes redirect) {
		redirect.addFlashAttribute("successMessage", message("site.saved"));
		return "redirect:/admin/sites/" + siteId;
	}

	private String done(LifecycleStep step) {
		return messages.getMessage("site.actions.done", new Object[] { message("site.step." + step.name()) },
				LocaleContextHolder.getLocale());
	}

	private String message(String code) {
		return messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}
}
