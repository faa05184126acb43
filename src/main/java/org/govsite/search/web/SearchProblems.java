package org.govsite.search.web;

import java.net.URI;

import org.govsite.search.SearchRejected;
import org.govsite.search.SearchUnavailable;

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

/** The public search API's refusals, as application/problem+json in Chinese. */
@RestControllerAdvice(assignableTypes = { PublicSearchController.class, PublicAssistantController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchProblems {

	private final MessageSource messages;

	SearchProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> rejected(SearchRejected rejected) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "search.invalid.title", rejected.messageKey());
		problem.setProperty("parameter", rejected.parameter());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unavailable(SearchUnavailable unavailable) {
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "search.unavailable.title", unavailable.messageKey(),
				unavailable.done(), unavailable.total());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30").body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooMany(TooManySearches tooMany) {
		ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "search.tooMany.title", "search.tooMany");
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "60").body(problem);
	}

	private ProblemDetail problem(HttpStatus status, String titleKey, String detailKey, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(detailKey, arguments, LocaleContextHolder.getLocale()));
		problem.setTitle(messages.getMessage(titleKey, null, LocaleContextHolder.getLocale()));
		problem.setType(URI.create("about:blank"));
		return problem;
	}
}
