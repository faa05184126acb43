package org.govsite.disclosure.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.govsite.disclosure.ApplicationRejected;
import org.govsite.disclosure.Delivery;
import org.govsite.disclosure.DisclosureRequests;
import org.govsite.disclosure.LetterFormat;
import org.govsite.disclosure.LegalPersonKind;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of 依申请公开 (role public and all, no sign-in), for readers without script:
 * the application form of a site's body, and the page that follows an application with its query
 * code and gives its reply letter.
 */
@Controller
class DisclosurePageController {

	private final DisclosureRequests requests;

	private final PublicLimits limits;

	private final MessageSource messages;

	DisclosurePageController(DisclosureRequests requests, PublicLimits limits, MessageSource messages) {
		this.requests = requests;
		this.limits = limits;
		this.messages = messages;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", LegalPersonKind.values());
		model.addAttribute("deliveries", Delivery.values());
	}

	@GetMapping("/disclosure/apply")
	String form(@RequestParam(name = "site", defaultValue = "") String siteCode, Model model) {
		model.addAttribute("form", ApplicationForm.forSite(siteCode));
		return "disclosure/apply";
	}

	@PostMapping("/disclosure/apply")
	String apply(@ModelAttribute("form") ApplicationForm form, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		if (!limits.mayApply(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("errorMessage", message("disclosure.apply.tooMany"));
			return "disclosure/apply";
		}
		try {
			model.addAttribute("submitted", requests.apply(form.toApplication()));
			return "disclosure/applied";
		}
		catch (ApplicationRejected rejected) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errorMessage", message(rejected.messageKey()));
			model.addAttribute("errorField", rejected.field());
			return "disclosure/apply";
		}
	}

	@GetMapping("/disclosure/query")
	String queryForm() {
		return "disclosure/query";
	}

	@PostMapping("/disclosure/query")
	String query(@RequestParam(defaultValue = "") String queryCode, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		if (!limits.mayQuery(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("errorMessage", message("disclosure.apply.tooMany"));
			return "disclosure/query";
		}
		requests.status(queryCode).ifPresentOrElse(status -> {
			model.addAttribute("status", status);
			model.addAttribute("queryCode", queryCode);
		}, () -> {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("errorMessage", message("disclosure.query.notFound"));
		});
		return "disclosure/query";
	}

	@PostMapping("/disclosure/query/letter")
	ResponseEntity<byte[]> letter(@RequestParam(defaultValue = "") String queryCode,
			@RequestParam(defaultValue = "DOCX") LetterFormat format, HttpServletRequest request) {
		if (!limits.mayQuery(request.getRemoteAddr())) {
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).build();
		}
		return requests.letterFor(queryCode, format)
			.map(letter -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(format.mediaType()))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"reply." + format.extension() + "\"")
				.body(letter))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	private String message(String key, @Nullable Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}
}
