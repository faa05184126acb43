package org.govsite.interaction.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.govsite.interaction.ErrorKind;
import org.govsite.interaction.ErrorReportStatus;
import org.govsite.interaction.ErrorReports;
import org.govsite.interaction.ErrorReports.NewErrorReport;
import org.govsite.interaction.LetterRefused;
import org.govsite.interaction.ProofOfWork;
import org.govsite.interaction.SubmissionLimits;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 我为政府网站找错 on the site (public role, under {@code /letters…} which the published-site filter
 * and nginx pass through): the form with the page address filled in from {@code url}, the receipt
 * with the query code, and following a report with it.
 */
@Controller
class ErrorReportPageController {

	private final ErrorReports reports;

	private final SubmissionLimits limits;

	private final MessageSource messages;

	private final ProofOfWork proof;

	ErrorReportPageController(ErrorReports reports, SubmissionLimits limits, MessageSource messages, ProofOfWork proof) {
		this.proof = proof;
		this.reports = reports;
		this.limits = limits;
		this.messages = messages;
	}

	@GetMapping("/letters/errors")
	String form(@RequestParam(defaultValue = "") String site, @RequestParam(defaultValue = "") String url, Model model) {
		return form(new NewErrorReport(site, url, null, null, null), model);
	}

	@PostMapping("/letters/errors")
	String report(@RequestParam(required = false) @Nullable String site, @RequestParam(required = false) @Nullable String url,
			@RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable String contact, @RequestParam(defaultValue = "") String challenge,
			@RequestParam(defaultValue = "") String solution, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		NewErrorReport report = new NewErrorReport(site, url, kind, description, contact);
		try {
			if (!limits.tryAddress(request.getRemoteAddr())) {
				throw new LetterRefused(429, "interaction.submit.tooManyFromAddress");
			}
			if (!proof.take(challenge, solution)) {
				throw new LetterRefused(400, "interaction.submit.challenge");
			}
			model.addAttribute("receipt", reports.submit(report));
			return "interaction/error-written";
		}
		catch (LetterRefused refused) {
			response.setStatus(refused.status());
			model.addAttribute("error", text(refused.code()));
			return form(report, model);
		}
	}

	@GetMapping("/letters/errors/follow")
	String follow(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		model.addAttribute("code", code);
		if (code.isBlank()) {
			return "interaction/error-follow";
		}
		if (!limits.tryLookup(request.getRemoteAddr())) {
			response.setStatus(429);
			model.addAttribute("error", text("interaction.follow.tooMany"));
			return "interaction/error-follow";
		}
		java.util.Optional<ErrorReportStatus> status = reports.follow(code);
		if (status.isEmpty()) {
			response.setStatus(404);
			model.addAttribute("error", text("interaction.follow.unknown"));
		}
		status.ifPresent(found -> model.addAttribute("status", found));
		return "interaction/error-follow";
	}

	private String form(NewErrorReport report, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("kinds", ErrorKind.values());
		model.addAttribute("challenge", proof.issue());
		model.addAttribute("figures", report.siteCode() == null ? null : reports.figures(report.siteCode()).orElse(null));
		return "interaction/error-form";
	}

	private String text(String code) {
		return messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}
}
