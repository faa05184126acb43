package org.govsite.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.govsite.audit.Audited;
import org.govsite.platform.BackOffice;
import org.govsite.report.OversightReports;
import org.jspecify.annotations.Nullable;

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

/** The supervisor's yearly oversight report in the console, with its xlsx and docx and its publishing, for the system administrator. */
@Controller
@BackOffice
class OversightReportController {

	private final OversightReports reports;

	private final MessageSource messages;

	private final Clock clock;

	OversightReportController(OversightReports reports, MessageSource messages, Clock clock) {
		this.reports = reports;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/admin/reports/oversight")
	String report(@RequestParam(required = false) @Nullable Integer year, Model model) {
		int shown = year == null ? LocalDate.now(clock).getYear() - 1 : year;
		model.addAttribute("report", reports.report(shown));
		return "report/oversight";
	}

	@PostMapping("/admin/reports/oversight/{year}")
	@Audited(value = "report.oversight.save", objectType = "oversightReport", objectIdParameter = "year")
	String save(@PathVariable int year, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		reports.save(year, form);
		redirect.addFlashAttribute("successMessage",
				messages.getMessage("report.annual.saved", null, LocaleContextHolder.getLocale()));
		return "redirect:/admin/reports/oversight?year=" + year;
	}

	@PostMapping("/admin/reports/oversight/{year}/publish")
	@Audited(value = "report.oversight.publish", objectType = "oversightReport", objectIdParameter = "year")
	String publish(@PathVariable int year, RedirectAttributes redirect) {
		reports.publish(year);
		redirect.addFlashAttribute("successMessage",
				messages.getMessage("report.oversight.publishedNow", null, LocaleContextHolder.getLocale()));
		return "redirect:/admin/reports/oversight?year=" + year;
	}

	@GetMapping("/admin/reports/oversight/{year}/export.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable int year) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(AnnualReportController.XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"oversight-report-" + year + ".xlsx\"")
			.body(reports.xlsx(year));
	}

	@GetMapping("/admin/reports/oversight/{year}/export.docx")
	ResponseEntity<byte[]> docx(@PathVariable int year) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(AnnualReportController.DOCX))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"oversight-report-" + year + ".docx\"")
			.body(reports.docx(year));
	}
}
