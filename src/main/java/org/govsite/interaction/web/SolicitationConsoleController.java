package org.govsite.interaction.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.govsite.audit.Audited;
import org.govsite.interaction.Adoption;
import org.govsite.interaction.OpinionView;
import org.govsite.interaction.SolicitationView;
import org.govsite.interaction.Solicitations;
import org.govsite.platform.BackOffice;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One solicitation in the console: its opinions to moderate, the summary (how many, passed,
 * refused, adopted …), the decision on each passed opinion, and publishing the adoption report.
 */
@Controller
@BackOffice
@RequestMapping("/admin/participation/solicitations")
class SolicitationConsoleController {

	private final Solicitations solicitations;

	private final Clock clock;

	SolicitationConsoleController(Solicitations solicitations, Clock clock) {
		this.solicitations = solicitations;
		this.clock = clock;
	}

	@GetMapping("/{id}")
	String solicitation(@PathVariable long id, Model model) {
		SolicitationView solicitation = solicitations.handled(id);
		List<OpinionView> opinions = solicitations.opinions(id);
		model.addAttribute("solicitation", solicitation);
		model.addAttribute("opinions", opinions);
		model.addAttribute("byState", count(opinions, OpinionView::state));
		model.addAttribute("byAdoption", count(opinions.stream().filter(opinion -> opinion.adoption() != null).toList(),
				OpinionView::adoption));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("zone", clock.getZone());
		return "interaction/console-solicitation";
	}

	private static <K> Map<String, Long> count(List<OpinionView> opinions, Function<OpinionView, K> key) {
		return opinions.stream().collect(Collectors.groupingBy(opinion -> String.valueOf(key.apply(opinion)), Collectors.counting()));
	}

	@PostMapping("/{id}/opinions/{opinion}/moderate")
	@Audited(value = "interaction.opinion.moderate", objectType = "opinion", objectIdParameter = "opinion")
	String moderate(@PathVariable long id, @PathVariable long opinion, @RequestParam boolean pass, RedirectAttributes redirect) {
		solicitations.moderate(opinion, pass);
		return done(id, pass ? "意见已审核通过，将在网站显示。" : "意见未通过审核，不予显示。", redirect);
	}

	@PostMapping("/{id}/opinions/{opinion}/adoption")
	@Audited(value = "interaction.opinion.decide", objectType = "opinion", objectIdParameter = "opinion")
	String decide(@PathVariable long id, @PathVariable long opinion, @RequestParam Adoption adoption,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		solicitations.decide(opinion, adoption, reason);
		return done(id, "已记录采用情况。", redirect);
	}

	@PostMapping("/{id}/publish")
	@Audited(value = "interaction.solicitation.publish", objectType = "solicitation")
	String publish(@PathVariable long id, @RequestParam(required = false) @Nullable String summary,
			@RequestParam(required = false) @Nullable String report, RedirectAttributes redirect) {
		solicitations.publishResult(id, summary, report);
		return done(id, "采用情况已公布。", redirect);
	}

	private static String done(long id, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("successMessage", message);
		return "redirect:/admin/participation/solicitations/" + id;
	}
}
