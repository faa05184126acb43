package org.govsite.interaction.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.govsite.identity.CitizenAccounts;
import org.govsite.interaction.ParticipationRefused;
import org.govsite.interaction.SurveyTally;
import org.govsite.interaction.SurveyView;
import org.govsite.interaction.Surveys;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A survey's public pages: the questionnaire while it is open (answers of a signed-in citizen
 * counted at once for the account; otherwise sent with an email address, counted once its link is
 * followed), the confirmation, and the published results as a table with
 * charts and as an xlsx workbook.
 */
@Controller
class SurveyPageController {

	private final Surveys surveys;

	private final ParticipationGuard guard;

	private final CitizenAccounts citizens;

	private final Clock clock;

	SurveyPageController(Surveys surveys, ParticipationGuard guard, CitizenAccounts citizens, Clock clock) {
		this.surveys = surveys;
		this.citizens = citizens;
		this.guard = guard;
		this.clock = clock;
	}

	@GetMapping("/letters/surveys/{id}")
	String survey(@PathVariable long id, Model model) {
		show(id, model);
		model.addAttribute("given", Map.of());
		return "interaction/survey";
	}

	@PostMapping("/letters/surveys/{id}")
	String answer(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		show(id, model);
		Map<Long, List<String>> answers = answers(form);
		try {
			guard.pass(request, form.getFirst("challenge"), form.getFirst("solution"));
			boolean counted = surveys.submit(id, form.getFirst("email"), answers,
					ServletUriComponentsBuilder.fromContextPath(request).path("/letters/surveys/confirm").build().toUriString()
							+ "?token=");
			model.addAttribute(counted ? "counted" : "sent", true);
		}
		catch (ParticipationRefused refused) {
			response.setStatus(refused.status());
			model.addAttribute("error", guard.text(refused));
			model.addAttribute("email", form.getFirst("email"));
		}
		model.addAttribute("given", answers);
		return "interaction/survey";
	}

	/** The answers by question, from fields named q<question id>; anything else is not an answer. */
	static Map<Long, List<String>> answers(MultiValueMap<String, String> form) {
		Map<Long, List<String>> answers = new HashMap<>();
		form.forEach((name, values) -> {
			if (name.matches("q\\d{1,18}")) {
				answers.computeIfAbsent(Long.parseLong(name.substring(1)), key -> new ArrayList<>()).addAll(values);
			}
		});
		return answers;
	}

	@GetMapping("/letters/surveys/confirm")
	String confirm(@RequestParam(required = false) @Nullable String token, Model model) {
		model.addAttribute("survey", surveys.confirm(token));
		return "interaction/survey-confirmed";
	}

	@GetMapping("/letters/surveys/{id}/results")
	String results(@PathVariable long id, Model model) {
		SurveyTally tally = surveys.publishedTally(id).orElseThrow(() -> new ParticipationRefused(404, "participation.unknown"));
		model.addAttribute("survey", surveys.shown(id).orElseThrow());
		model.addAttribute("tally", tally);
		return "interaction/survey-results";
	}

	@GetMapping("/letters/surveys/{id}/results.xlsx")
	void workbook(@PathVariable long id, HttpServletResponse response) throws IOException {
		SurveyTally tally = surveys.publishedTally(id).orElseThrow(() -> new ParticipationRefused(404, "participation.unknown"));
		SurveyView survey = surveys.shown(id).orElseThrow();
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"survey-" + id + ".xlsx\"");
		SurveyWorkbook.write(survey, tally, response.getOutputStream());
	}

	private void show(long id, Model model) {
		SurveyView survey = surveys.shown(id).orElseThrow(() -> new ParticipationRefused(404, "participation.unknown"));
		model.addAttribute("survey", survey);
		model.addAttribute("open", survey.openOn(LocalDate.now(clock)));
		model.addAttribute("challenge", guard.challenge());
		model.addAttribute("citizen", citizens.current().orElse(null));
	}

	@ExceptionHandler
	String refused(ParticipationRefused refused, HttpServletResponse response, Model model) {
		response.setStatus(refused.status());
		model.addAttribute("error", guard.text(refused));
		return "interaction/missing";
	}
}
