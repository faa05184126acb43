package org.govsite.secops.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.govsite.interaction.ProofOfWork;
import org.govsite.platform.RateLimit;
import org.govsite.platform.RuleViolation;
import org.govsite.platform.SharedLimits;
import org.govsite.secops.CounterfeitSites;
import org.govsite.secops.CounterfeitSites.CitizenReport;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 仿冒网站举报 on the public pages (under {@code /letters…}, which the published-site filter and
 * nginx pass to the public nodes): a citizen reports a suspected counterfeit of a government site.
 * Protected as the letter forms are, by the letters' challenge and a limit per address (shared by
 * the public nodes in a cluster); a refused form comes back with what was typed and why.
 */
@Controller
class CounterfeitReportPageController {

	/** Reports a minute from one address: a citizen sends one, a script many. */
	static final int PER_MINUTE = 3;

	private final CounterfeitSites counterfeits;

	private final ProofOfWork proof;

	private final RateLimit limit;

	private final MessageSource messages;

	CounterfeitReportPageController(CounterfeitSites counterfeits, ProofOfWork proof, SharedLimits limits,
			MessageSource messages) {
		this.counterfeits = counterfeits;
		this.proof = proof;
		this.limit = limits.perMinute("counterfeit-reports", PER_MINUTE);
		this.messages = messages;
	}

	@GetMapping("/letters/counterfeit")
	String form(@RequestParam(defaultValue = "") String address, Model model) {
		return form(new CitizenReport(address, null, null), model);
	}

	@PostMapping("/letters/counterfeit")
	String report(@RequestParam(required = false) @Nullable String address,
			@RequestParam(required = false) @Nullable String description, @RequestParam(required = false) @Nullable String contact,
			@RequestParam(defaultValue = "") String challenge, @RequestParam(defaultValue = "") String solution,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		CitizenReport report = new CitizenReport(address, description, contact);
		if (!limit.tryTake(request.getRemoteAddr())) {
			return refused(429, "secops.report.tooMany", new Object[0], report, response, model);
		}
		if (!proof.take(challenge, solution)) {
			return refused(400, "secops.report.challenge", new Object[0], report, response, model);
		}
		try {
			model.addAttribute("number", counterfeits.report(report));
			return "secops/report-written";
		}
		catch (RuleViolation refused) {
			return refused(422, refused.code(), refused.arguments(), report, response, model);
		}
	}

	private String refused(int status, String code, Object[] arguments, CitizenReport report, HttpServletResponse response,
			Model model) {
		response.setStatus(status);
		model.addAttribute("error", messages.getMessage(code, arguments, LocaleContextHolder.getLocale()));
		return form(report, model);
	}

	private String form(CitizenReport report, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("challenge", proof.issue());
		return "secops/report-form";
	}
}
