package org.govsite.interaction.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.govsite.interaction.InterviewView;
import org.govsite.interaction.Interviews;
import org.govsite.interaction.ParticipationRefused;
import org.govsite.interaction.SolicitationView;
import org.govsite.interaction.Solicitations;
import org.govsite.interaction.Surveys;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A site's participation page (its solicitations, surveys and interviews) and a solicitation's
 * public page: the draft, the form while it is open, the opinions a moderator passed, and the
 * adoption report once published. What citizens wrote is shown as text.
 */
@Controller
class SolicitationPageController {

	private final Solicitations solicitations;

	private final Surveys surveys;

	private final Interviews interviews;

	private final ParticipationGuard guard;

	private final Clock clock;

	SolicitationPageController(Solicitations solicitations, Surveys surveys, Interviews interviews, ParticipationGuard guard,
			Clock clock) {
		this.solicitations = solicitations;
		this.surveys = surveys;
		this.interviews = interviews;
		this.guard = guard;
		this.clock = clock;
	}

	@GetMapping("/letters/participation")
	String site(@RequestParam String site, Model model) {
		SiteSummary found = solicitations.site(site).orElseThrow(() -> new ParticipationRefused(404, "participation.unknown"));
		model.addAttribute("site", found);
		model.addAttribute("solicitations", solicitations.ofSite(site));
		model.addAttribute("surveys", surveys.ofSite(site));
		List<InterviewView> shown = interviews.ofSite(site);
		model.addAttribute("interviews", shown);
		Map<Long, String> archivePages = new HashMap<>();
		shown.forEach(interview -> {
			String page = interviews.archivedPage(interview);
			if (page != null) {
				archivePages.put(interview.id(), page);
			}
		});
		model.addAttribute("archivePages", archivePages);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("zone", clock.getZone());
		return "interaction/participation";
	}

	@GetMapping("/letters/solicitations/{id}")
	String solicitation(@PathVariable long id, Model model) {
		show(id, model);
		model.addAttribute("challenge", guard.challenge());
		return "interaction/solicitation";
	}

	@PostMapping("/letters/solicitations/{id}")
	String opinion(@PathVariable long id, @RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String contact, @RequestParam(required = false) @Nullable String content,
			@RequestParam(required = false) @Nullable String challenge, @RequestParam(required = false) @Nullable String solution,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		show(id, model);
		try {
			guard.pass(request, challenge, solution);
			solicitations.submit(id, name, contact, content);
			model.addAttribute("sent", true);
		}
		catch (ParticipationRefused refused) {
			response.setStatus(refused.status());
			model.addAttribute("error", guard.text(refused));
			model.addAttribute("name", name);
			model.addAttribute("contact", contact);
			model.addAttribute("content", content);
		}
		model.addAttribute("challenge", guard.challenge());
		return "interaction/solicitation";
	}

	private void show(long id, Model model) {
		SolicitationView found = solicitations.shown(id).orElseThrow(() -> new ParticipationRefused(404, "participation.unknown"));
		model.addAttribute("solicitation", found);
		model.addAttribute("opinions", solicitations.passed(id));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("zone", clock.getZone());
	}

	@ExceptionHandler
	String refused(ParticipationRefused refused, HttpServletResponse response, Model model) {
		response.setStatus(refused.status());
		model.addAttribute("error", guard.text(refused));
		return "interaction/missing";
	}
}
