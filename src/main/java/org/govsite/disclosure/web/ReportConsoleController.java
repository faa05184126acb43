package org.govsite.disclosure.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.govsite.audit.Audited;
import org.govsite.disclosure.AnnualReport;
import org.govsite.disclosure.DisclosureReports;
import org.govsite.disclosure.Outcome;
import org.govsite.disclosure.OutcomeGroup;
import org.govsite.disclosure.ReportInput;
import org.govsite.disclosure.ReviewFigures;
import org.govsite.platform.BackOffice;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * 政府信息公开工作年度报告 in the console: each body's report of a year with its live tables, what
 * staff enter (texts, enforcement figures, reviews and lawsuits), publishing after the balance
 * check, and the xlsx and docx exports.
 */
@Controller
@BackOffice
class ReportConsoleController {

	private final DisclosureReports reports;

	private final MessageSource messages;

	private final Clock clock;

	ReportConsoleController(DisclosureReports reports, MessageSource messages, Clock clock) {
		this.reports = reports;
		this.messages = messages;
		this.clock = clock;
	}

	private String message(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	@GetMapping("/admin/disclosure/reports")
	String index(Model model) {
		model.addAttribute("sites", reports.sites());
		model.addAttribute("lastYear", LocalDate.now(clock).getYear() - 1);
		return "disclosure/reports";
	}

	@GetMapping("/admin/disclosure/reports/{siteId}/{year}")
	String report(@PathVariable long siteId, @PathVariable int year, Model model) {
		AnnualReport report = reports.report(siteId, year);
		model.addAttribute("report", report);
		model.addAttribute("table", report.applications());
		model.addAttribute("groups", OutcomeGroup.values());
		model.addAttribute("columns", java.util.stream.IntStream.range(0, 7).boxed().toList());
		model.addAttribute("outcomeRows", java.util.Arrays.stream(OutcomeGroup.values())
			.map(group -> java.util.Map.entry(group, Outcome.inGroup(group)))
			.toList());
		return "disclosure/report";
	}

	@PostMapping("/admin/disclosure/reports/{siteId}/{year}")
	@Audited(value = "disclosure.report.save", objectType = "disclosureReport", objectIdParameter = "siteId")
	String save(@PathVariable long siteId, @PathVariable int year, @RequestParam(defaultValue = "") String overview,
			@RequestParam(defaultValue = "") String problems, @RequestParam(defaultValue = "") String other,
			@RequestParam(defaultValue = "0") int licensing, @RequestParam(defaultValue = "0") int penalty,
			@RequestParam(defaultValue = "0") int coercion, @RequestParam(defaultValue = "0") BigDecimal fees,
			@RequestParam(defaultValue = "0,0,0,0") int[] review, @RequestParam(defaultValue = "0,0,0,0") int[] directSuits,
			@RequestParam(defaultValue = "0,0,0,0") int[] suitsAfterReview, RedirectAttributes redirect) {
		reports.save(siteId, year, new ReportInput(overview, problems, other, licensing, penalty, coercion, fees,
				new ReviewFigures(review, directSuits, suitsAfterReview)));
		redirect.addFlashAttribute("successMessage", message("disclosure.console.saved"));
		return "redirect:/admin/disclosure/reports/" + siteId + "/" + year;
	}

	@PostMapping("/admin/disclosure/reports/{siteId}/{year}/publish")
	@Audited(value = "disclosure.report.publish", objectType = "disclosureReport", objectIdParameter = "siteId")
	String publish(@PathVariable long siteId, @PathVariable int year, RedirectAttributes redirect) {
		reports.publish(siteId, year);
		redirect.addFlashAttribute("successMessage", message("disclosure.report.publishedNow"));
		return "redirect:/admin/disclosure/reports/" + siteId + "/" + year;
	}

	@GetMapping("/admin/disclosure/reports/{siteId}/{year}/export.xlsx")
	@Audited(value = "disclosure.report.export", objectType = "disclosureReport", objectIdParameter = "siteId")
	ResponseEntity<byte[]> xlsx(@PathVariable long siteId, @PathVariable int year) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"disclosure-report-" + year + ".xlsx\"")
			.body(reports.xlsx(siteId, year));
	}

	@GetMapping("/admin/disclosure/reports/{siteId}/{year}/export.docx")
	@Audited(value = "disclosure.report.export", objectType = "disclosureReport", objectIdParameter = "siteId")
	ResponseEntity<byte[]> docx(@PathVariable long siteId, @PathVariable int year) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"disclosure-report-" + year + ".docx\"")
			.body(reports.docx(siteId, year));
	}
}
