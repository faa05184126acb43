package org.govsite.report.web;

import jakarta.servlet.http.HttpServletResponse;

import org.govsite.report.AnnualReports;
import org.govsite.report.AnnualWebsiteReport;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A published annual website report for the site's readers (roles public and all), linked from its home page. */
@Controller
class AnnualReportPageController {

	private final AnnualReports reports;

	AnnualReportPageController(AnnualReports reports) {
		this.reports = reports;
	}

	@GetMapping("/reports/annual")
	String report(@RequestParam String site, @RequestParam int year, HttpServletResponse response, Model model) {
		AnnualWebsiteReport report = reports.published(site, year).orElse(null);
		if (report == null) {
			response.setStatus(404);
			return "report/public-missing";
		}
		model.addAttribute("report", report);
		return "report/public";
	}
}
