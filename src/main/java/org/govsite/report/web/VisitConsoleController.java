package org.govsite.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.govsite.audit.Audited;
import org.govsite.platform.BackOffice;
import org.govsite.platform.ConsoleMenuItem;
import org.govsite.report.AnnualReports;
import org.govsite.report.OversightReports;
import org.govsite.report.VisitStatistics;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 访问统计 in the console for site managers: the daily trend of views and visitors, top pages,
 * channels, referrers and search terms over a period (the last 30 days by default), drawn with
 * ECharts from tables that stay for screen readers, and the same as xlsx.
 */
@Controller
@BackOffice
class VisitConsoleController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final VisitStatistics statistics;

	private final Clock clock;

	private final OversightReports oversight;

	private final AnnualReports annualReports;

	VisitConsoleController(VisitStatistics statistics, OversightReports oversight, AnnualReports annualReports, Clock clock) {
		this.statistics = statistics;
		this.oversight = oversight;
		this.annualReports = annualReports;
		this.clock = clock;
	}

	@Bean
	static ConsoleMenuItem reportMenuItem() {
		return new ConsoleMenuItem("menu.report", "/admin/reports", 480, user -> user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(a -> a.equals("SYSTEM_ADMIN") || a.matches("site:\\d+:SITE_MANAGER")));
	}

	@GetMapping("/admin/reports")
	String sites(Model model) {
		List<SiteSummary> sites = statistics.sites();
		model.addAttribute("sites", sites);
		model.addAttribute("lastYear", LocalDate.now(clock).getYear() - 1);
		model.addAttribute("oversight", oversight.readable());
		model.addAttribute("templateEditable", annualReports.templateEditable());
		return "report/sites";
	}

	@GetMapping("/admin/reports/visits/{siteId}")
	String visits(@PathVariable long siteId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, Model model) {
		LocalDate last = to == null ? LocalDate.now(clock) : to;
		LocalDate first = from == null ? last.minusDays(29) : from;
		model.addAttribute("figures", statistics.figures(siteId, first, last));
		return "report/visits";
	}

	@GetMapping("/admin/reports/visits/{siteId}/export.xlsx")
	@Audited(value = "report.visits.export", objectType = "site", objectIdParameter = "siteId")
	ResponseEntity<byte[]> xlsx(@PathVariable long siteId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"visits-" + from + "-" + to + ".xlsx\"")
			.body(statistics.xlsx(siteId, from, to));
	}
}
