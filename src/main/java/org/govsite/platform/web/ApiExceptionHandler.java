package org.govsite.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every API error as {@code application/problem+json}, with the reason in Chinese from
 * the message bundles.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail ruleViolation(RuleViolation violation) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage(violation.code(), violation.arguments(), violation.code(), LocaleContextHolder.getLocale()));
		problem.setTitle(messages.getMessage("error.rule.title", null, LocaleContextHolder.getLocale()));
		problem.setProperty("code", violation.code());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFound notFound) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, messages.getMessage("error.notFound",
				new Object[] { kindName(notFound.kind()), String.valueOf(notFound.id()) }, LocaleContextHolder.getLocale()));
		problem.setTitle(messages.getMessage("error.notFound.title", null, LocaleContextHolder.getLocale()));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail accessDenied(AccessDeniedException denied) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				messages.getMessage("error.forbidden", null, LocaleContextHolder.getLocale()));
		problem.setTitle(messages.getMessage("error.forbidden.title", null, LocaleContextHolder.getLocale()));
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("error.invalid", null, LocaleContextHolder.getLocale()));
		problem.setTitle(messages.getMessage("error.invalid.title", null, LocaleContextHolder.getLocale()));
		Map<String, String> fields = new LinkedHashMap<>();
		invalid.getBindingResult().getFieldErrors().forEach(error -> fields.putIfAbsent(error.getField(),
				messages.getMessage(error, LocaleContextHolder.getLocale())));
		problem.setProperty("errors", fields);
		return ResponseEntity.badRequest().body(problem);
	}

	private String kindName(String kind) {
		return messages.getMessage("kind." + kind, null, kind, LocaleContextHolder.getLocale());
	}
}
