package org.govsite.disclosure.web;

import java.net.URI;

import org.govsite.disclosure.ApplicationRejected;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The public disclosure API's refusals, as application/problem+json in Chinese naming the field at fault. */
@RestControllerAdvice(assignableTypes = PublicDisclosureController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicDisclosureProblems {

	private final MessageSource messages;

	PublicDisclosureProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> rejected(ApplicationRejected rejected) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "disclosure.apply.invalid.title", rejected.messageKey());
		problem.setProperty("field", rejected.field());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unknown(PublicDisclosureController.UnknownQueryCode unknown) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(problem(HttpStatus.NOT_FOUND, "error.notFound.title", "disclosure.query.notFound"));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> malformed(PublicDisclosureController.MalformedQueryCode malformed) {
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "disclosure.apply.invalid.title", "disclosure.query.malformed"));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooMany(PublicDisclosureController.TooManyRequests tooMany) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, "60")
			.body(problem(HttpStatus.TOO_MANY_REQUESTS, "disclosure.apply.invalid.title", "disclosure.apply.tooMany"));
	}

	private ProblemDetail problem(HttpStatus status, String titleKey, String detailKey) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(detailKey, null, LocaleContextHolder.getLocale()));
		problem.setTitle(messages.getMessage(titleKey, null, LocaleContextHolder.getLocale()));
		problem.setType(URI.create("about:blank"));
		return problem;
	}
}
