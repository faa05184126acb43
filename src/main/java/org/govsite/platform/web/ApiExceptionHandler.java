package org.govsite.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.databind.DatabindException;

/**
 * Answers every API error as {@code application/problem+json}, with the reason in Chinese from
 * the message bundles (Spring MVC's own errors through their {@code problemDetail.*} codes, in
 * platform.properties).
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

	/** An upload sent as something else than multipart/form-data: 400, not a failure (the size limit keeps its 413). */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> notMultipart(MultipartException wrong) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("error.multipart", null, LocaleContextHolder.getLocale()));
		problem.setTitle(messages.getMessage("error.invalid.title", null, LocaleContextHolder.getLocale()));
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
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

	/**
	 * A body that cannot be read (not JSON, a wrong type, null for a yes/no, a NUL character in a
	 * text): 400 in Chinese, naming the field where the reader knows it.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		boolean nul = causes(unreadable).anyMatch(NulCharacters.NulCharacterInText.class::isInstance);
		String code = nul ? NulCharacters.MESSAGE : "error.unreadable";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(code, null, LocaleContextHolder.getLocale()));
		problem.setTitle(messages.getMessage("error.invalid.title", null, LocaleContextHolder.getLocale()));
		problem.setProperty("code", code);
		causes(unreadable).filter(DatabindException.class::isInstance)
			.map(cause -> fieldPath((DatabindException) cause))
			.filter(path -> !path.isEmpty())
			.findFirst()
			.ifPresent(path -> problem.setProperty("field", path));
		return handleExceptionInternal(unreadable, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	private static Stream<Throwable> causes(Throwable thrown) {
		return Stream.iterate(thrown, cause -> cause != null, cause -> cause.getCause() == cause ? null : cause.getCause());
	}

	private static String fieldPath(DatabindException failure) {
		StringBuilder path = new StringBuilder();
		for (var reference : failure.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private String kindName(String kind) {
		return messages.getMessage("kind." + kind, null, kind, LocaleContextHolder.getLocale());
	}
}
