package org.govsite.interaction.web;

import java.time.Clock;
import java.time.LocalDate;

import org.govsite.audit.Audited;
import org.govsite.interaction.Surveys;
import org.govsite.platform.BackOffice;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One survey in the console: its questions with the counts as they stand (the table refreshes
 * itself every few seconds through htmx), the free-text answers, and publishing the results.
 */
@Controller
@BackOffice
@RequestMapping("/admin/participation/surveys")
class SurveyConsoleController {

	private final Surveys surveys;

	private final Clock clock;

	SurveyConsoleController(Surveys surveys, Clock clock) {
		this.surveys = surveys;
		this.clock = clock;
	}

	@GetMapping("/{id}")
	String survey(@PathVariable long id, Model model) {
		model.addAttribute("survey", surveys.handled(id));
		model.addAttribute("tally", surveys.liveTally(id));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("zone", clock.getZone());
		return "interaction/console-survey";
	}

	/** The counts alone, for the page's refresh. */
	@GetMapping("/{id}/tally")
	String tally(@PathVariable long id, Model model) {
		model.addAttribute("survey", surveys.handled(id));
		model.addAttribute("tally", surveys.liveTally(id));
		return "interaction/console-survey :: tally";
	}

	@PostMapping("/{id}/publish")
	@Audited(value = "interaction.survey.publish", objectType = "survey")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		surveys.publishResults(id);
		redirect.addFlashAttribute("successMessage", "调查结果已公布。");
		return "redirect:/admin/participation/surveys/" + id;
	}
}
