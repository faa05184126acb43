package org.govsite.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.govsite.audit.Audited;
import org.govsite.platform.BackOffice;
import org.govsite.platform.WorkItem;
import org.govsite.platform.WorkbenchSource;
import org.govsite.report.AnnualReports;
import org.govsite.report.AnnualWebsiteReport;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
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
 * 政府网站工作年度报表 in the console: the form with the counted fields filled in and the others to
 * enter, publishing once the year is over, xlsx and docx; the form's field list for the system
 * administrator; and on the 工作台 each report not yet published as its deadline nears.
 */
@Controller
@BackOffice
class AnnualReportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final AnnualReports reports;

	private final MessageSource messages;

	AnnualReportController(AnnualReports reports, MessageSource messages) {
		this.reports = reports;
		this.messages = messages;
	}

	@Bean
	static WorkbenchSource annualReportDeadlines(AnnualReports reports, Clock clock) {
		return user -> {
			List<WorkItem> items = new ArrayList<>();
			for (AnnualWebsiteReport due : reports.dueSoon()) {
				items.add(new WorkItem("workbench.category.deadline",
						(due.dueOn().isBefore(LocalDate.now(clock)) ? "【超期】" : "") + due.siteName() + " " + due.year()
								+ " 年度网站工作年度报表待发布",
						"/admin/reports/annual/" + due.siteId() + "/" + due.year(), due.dueOn()));
			}
			return items;
		};
	}

	@GetMapping("/admin/reports/annual/{siteId}/{year}")
	String report(@PathVariable long siteId, @PathVariable int year, Model model) {
		model.addAttribute("report", reports.report(siteId, year));
		return "report/annual";
	}

	@PostMapping("/admin/reports/annual/{siteId}/{year}")
	@Audited(value = "report.annual.save", objectType = "site", objectIdParameter = "siteId")
	String save(@PathVariable long siteId, @PathVariable int year, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		reports.save(siteId, year, form);
		redirect.addFlashAttribute("successMessage", text("report.annual.saved"));
		return "redirect:/admin/reports/annual/" + siteId + "/" + year;
	}

	@PostMapping("/admin/reports/annual/{siteId}/{year}/publish")
	@Audited(value = "report.annual.publish", objectType = "site", objectIdParameter = "siteId")
	String publish(@PathVariable long siteId, @PathVariable int year, RedirectAttributes redirect) {
		reports.publish(siteId, year);
		redirect.addFlashAttribute("successMessage", text("report.annual.publishedNow"));
		return "redirect:/admin/reports/annual/" + siteId + "/" + year;
	}

	@GetMapping("/admin/reports/annual/{siteId}/{year}/export.xlsx")
	@Audited(value = "report.annual.export", objectType = "site", objectIdParameter = "siteId")
	ResponseEntity<byte[]> xlsx(@PathVariable long siteId, @PathVariable int year) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"website-report-" + year + ".xlsx\"")
			.body(reports.xlsx(siteId, year));
	}

	@GetMapping("/admin/reports/annual/{siteId}/{year}/export.docx")
	@Audited(value = "report.annual.export", objectType = "site", objectIdParameter = "siteId")
	ResponseEntity<byte[]> docx(@PathVariable long siteId, @PathVariable int year) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(DOCX))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"website-report-" + year + ".docx\"")
			.body(reports.docx(siteId, year));
	}

	@GetMapping("/admin/reports/annual/template")
	String template(Model model) {
		model.addAttribute("body", reports.templateBody());
		return "report/template";
	}

	@PostMapping("/admin/reports/annual/template")
	@Audited(value = "report.template.save", objectType = "reportTemplate")
	String saveTemplate(@RequestParam String body, @RequestParam(defaultValue = "false") boolean reset,
			RedirectAttributes redirect) {
		if (reset) {
			reports.resetTemplate();
		}
		else {
			reports.saveTemplate(body);
		}
		redirect.addFlashAttribute("successMessage", text("report.annual.saved"));
		return "redirect:/admin/reports/annual/template";
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
