package org.govsite.interaction.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.govsite.audit.AuditContext;
import org.govsite.audit.Audited;
import org.govsite.interaction.Interviews;
import org.govsite.interaction.LetterAccess;
import org.govsite.interaction.NewInterview;
import org.govsite.interaction.NewSolicitation;
import org.govsite.interaction.NewSurvey;
import org.govsite.interaction.Solicitations;
import org.govsite.interaction.Surveys;
import org.govsite.platform.BackOffice;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 征集调查与访谈 in the console: the solicitations, surveys and interviews of the sites the user
 * handles letters for, results due marked, and the forms that start each.
 */
@Controller
@BackOffice
@RequestMapping("/admin/participation")
class ParticipationConsoleController {

	private final Solicitations solicitations;

	private final Surveys surveys;

	private final Interviews interviews;

	private final SiteDirectory sites;

	private final Clock clock;

	ParticipationConsoleController(Solicitations solicitations, Surveys surveys, Interviews interviews, SiteDirectory sites,
			Clock clock) {
		this.solicitations = solicitations;
		this.surveys = surveys;
		this.interviews = interviews;
		this.sites = sites;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		List<SiteSummary> mine = LetterAccess.sitesOf(LetterAccess.user()).stream().map(sites::find)
			.flatMap(java.util.Optional::stream).toList();
		model.addAttribute("sites", mine);
		model.addAttribute("siteNames", mine.stream().collect(Collectors.toMap(SiteSummary::id, SiteSummary::name)));
		model.addAttribute("solicitations", solicitations.mine());
		model.addAttribute("surveys", surveys.mine());
		model.addAttribute("interviews", interviews.mine());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("zone", clock.getZone());
		return "interaction/console-participation";
	}

	@PostMapping("/solicitations")
	@Audited(value = "interaction.solicitation.create", objectType = "solicitation")
	String createSolicitation(@RequestParam long site, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String draft, @RequestParam(required = false) @Nullable String draftUrl,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
			@RequestParam(defaultValue = "false") boolean contactRequired, RedirectAttributes redirect) {
		long id = solicitations.create(site, new NewSolicitation(title, draft, draftUrl, opensOn, closesOn, contactRequired));
		AuditContext.objectId(id);
		redirect.addFlashAttribute("successMessage", "意见征集已发布。");
		return "redirect:/admin/participation/solicitations/" + id;
	}

	@PostMapping("/surveys")
	@Audited(value = "interaction.survey.create", objectType = "survey")
	String createSurvey(@RequestParam long site, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String questions,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn, RedirectAttributes redirect) {
		long id = surveys.create(site, new NewSurvey(title, description, opensOn, closesOn, SurveyText.parse(questions)));
		AuditContext.objectId(id);
		redirect.addFlashAttribute("successMessage", "问卷调查已发布。");
		return "redirect:/admin/participation/surveys/" + id;
	}

	@PostMapping("/interviews")
	@Audited(value = "interaction.interview.schedule", objectType = "interview")
	String schedule(@RequestParam long site, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String guests, @RequestParam(defaultValue = "") String notice,
			@RequestParam @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime startsAt, RedirectAttributes redirect) {
		long id = interviews.schedule(site, new NewInterview(title, guests, notice, startsAt));
		AuditContext.objectId(id);
		redirect.addFlashAttribute("successMessage", "访谈预告已发布。");
		return "redirect:/admin/participation/interviews/" + id;
	}
}
