package org.govsite.assessment.web;

import java.util.List;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;

import org.govsite.assessment.Deduction;
import org.govsite.assessment.RankedSite;
import org.govsite.assessment.SelfAssessment;
import org.govsite.assessment.SiteScore;
import org.govsite.assessment.SpotCheck;
import org.govsite.assessment.SpotChecks;
import org.govsite.audit.Audited;
import org.govsite.assessment.Verdict;
import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;
import org.govsite.platform.ConsoleMenuItem;
import org.govsite.platform.NotFound;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 全站群监测概览 for the supervising office: the group's figures and ranking; and each site's
 * score with its vetoes, deductions and trend, every deduction one click from its evidence.
 */
@Controller
@BackOffice
class AssessmentConsoleController {

	private static final int TREND_DAYS = 30;

	private final SelfAssessment assessment;

	private final SiteDirectory sites;

	private final SpotChecks spotChecks;

	private final MessageSource messages;

	private final Clock clock;

	AssessmentConsoleController(SelfAssessment assessment, SiteDirectory sites, SpotChecks spotChecks, MessageSource messages,
			Clock clock) {
		this.clock = clock;
		this.assessment = assessment;
		this.sites = sites;
		this.spotChecks = spotChecks;
		this.messages = messages;
	}

	/** The group's figures at a glance. */
	record Overview(int sites, long passed, long failed, long vetoed, int openProblems) {

		static Overview of(List<RankedSite> ranking) {
			return new Overview(ranking.size(), ranking.stream().filter(r -> r.score().verdict() == Verdict.PASS).count(),
					ranking.stream().filter(r -> r.score().verdict() == Verdict.FAIL).count(),
					ranking.stream().filter(r -> !r.score().vetoes().isEmpty()).count(),
					ranking.stream().mapToInt(RankedSite::openProblems).sum());
		}
	}

	@GetMapping("/admin/assessment")
	String overview(Model model) {
		List<RankedSite> ranking = assessment.ranking();
		model.addAttribute("ranking", ranking);
		model.addAttribute("overview", Overview.of(ranking));
		model.addAttribute("day", ranking.isEmpty() ? null : ranking.getFirst().score().day());
		return "assessment/overview";
	}

	@GetMapping("/admin/assessment/sites/{siteId}")
	String site(@PathVariable long siteId, Model model) {
		SiteSummary site = sites.find(siteId).orElseThrow(() -> new NotFound("site", siteId));
		List<SiteScore> history = assessment.history(siteId, TREND_DAYS);
		SiteScore latest = history.isEmpty() ? null : history.getLast();
		List<Deduction> deductions = latest == null ? List.of() : assessment.deductions(siteId, latest.day());
		model.addAttribute("site", site);
		model.addAttribute("history", history);
		model.addAttribute("latest", latest);
		model.addAttribute("deductions", deductions);
		return "assessment/site";
	}

	@GetMapping("/admin/assessment/bulletin.docx")
	ResponseEntity<byte[]> bulletin(@RequestParam(required = false) @Nullable String month) {
		YearMonth shown;
		try {
			shown = month == null || month.isBlank() ? YearMonth.now(clock) : YearMonth.parse(month.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new NotFound("month", String.valueOf(month));
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("bulletin-" + shown + ".docx").build().toString())
			.body(assessment.bulletin(shown));
	}

	@GetMapping("/admin/assessment/spot-checks")
	String spotChecks(Model model) {
		model.addAttribute("checks", spotChecks.all());
		model.addAttribute("siteNames", sites.all().stream()
			.collect(java.util.stream.Collectors.toMap(SiteSummary::id, SiteSummary::name, (a, b) -> a)));
		model.addAttribute("published", spotChecks.publishedQuarters());
		return "assessment/spot-checks";
	}

	@PostMapping("/admin/assessment/spot-checks/{quarter}/publish")
	@Audited(value = "assessment.spotCheck.publish", objectType = "spotCheck", objectIdParameter = "quarter")
	String publishSpotCheck(@PathVariable String quarter, RedirectAttributes redirect) {
		int sites = spotChecks.publish(quarter).size();
		redirect.addFlashAttribute("successMessage", messages.getMessage("assessment.spotChecks.published",
				new Object[] { quarter, sites }, Locale.SIMPLIFIED_CHINESE));
		return "redirect:/admin/assessment/spot-checks";
	}

	@PostMapping("/admin/assessment/spot-checks")
	@Audited(value = "assessment.spotCheck.draw", objectType = "spotCheck", objectIdParameter = "share")
	String drawSpotCheck(@RequestParam int share, RedirectAttributes redirect) {
		SpotCheck check = spotChecks.draw(share);
		redirect.addFlashAttribute("successMessage", messages.getMessage("assessment.spotChecks.done",
				new Object[] { check.quarter(), check.siteIds().size() }, Locale.SIMPLIFIED_CHINESE));
		return "redirect:/admin/assessment/spot-checks";
	}

	@Configuration(proxyBeanMethods = false)
	static class Menu {

		@Bean
		ConsoleMenuItem assessmentMenuItem() {
			return ConsoleMenuItem.forAuthorities("menu.assessment", "/admin/assessment", 60, StaffRole.SYSTEM_ADMIN.authority());
		}
	}
}
