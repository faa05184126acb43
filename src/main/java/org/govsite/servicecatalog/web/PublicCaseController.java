package org.govsite.servicecatalog.web;

import jakarta.servlet.http.HttpServletRequest;

import org.govsite.platform.RuleViolation;
import org.govsite.servicecatalog.CaseQueries;
import org.govsite.servicecatalog.CaseQueryLimit;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * 办件查询 on the public API: {@code GET /api/public/services/cases/{number}} answers the case, or
 * problem+json in Chinese (400 for a number that cannot be one, 404 for one not known, 429 for an
 * address that queries more often than {@link CaseQueryLimit} allows).
 */
@RestController
class PublicCaseController {

	private final CaseQueries cases;

	private final CaseQueryLimit limit;

	private final MessageSource messages;

	PublicCaseController(CaseQueries cases, CaseQueryLimit limit, MessageSource messages) {
		this.cases = cases;
		this.limit = limit;
		this.messages = messages;
	}

	@GetMapping("/api/public/services/cases/{number}")
	ResponseEntity<?> find(@PathVariable String number, HttpServletRequest request) {
		if (!limit.tryTake(request.getRemoteAddr())) {
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "60")
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(detail(HttpStatus.TOO_MANY_REQUESTS, "servicecatalog.case.tooMany"));
		}
		try {
			return cases.find(number)
				.<ResponseEntity<?>>map(ResponseEntity::ok)
				.orElseGet(() -> problem(HttpStatus.NOT_FOUND, "servicecatalog.case.unknown"));
		}
		catch (RuleViolation refused) {
			return problem(HttpStatus.BAD_REQUEST, refused.code());
		}
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String code) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail(status, code));
	}

	private ProblemDetail detail(HttpStatus status, String code) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(code, null, LocaleContextHolder.getLocale()));
		problem.setTitle(messages.getMessage("servicecatalog.case.title", null, LocaleContextHolder.getLocale()));
		return problem;
	}

}
