package org.govsite.interaction.web;

import java.net.URI;

import org.govsite.interaction.ParticipationRefused;

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

/** The public participation API's refusals, as application/problem+json in Chinese. */
@RestControllerAdvice(assignableTypes = PublicParticipationController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ParticipationProblems {

	private final MessageSource messages;

	ParticipationProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(ParticipationRefused refused) {
		HttpStatus status = HttpStatus.valueOf(refused.status());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(refused.code(), refused.arguments(), LocaleContextHolder.getLocale()));
		problem.setTitle(messages.getMessage("participation.problem", null, LocaleContextHolder.getLocale()));
		problem.setType(URI.create("about:blank"));
		problem.setProperty("code", refused.code());
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
		if (status == HttpStatus.TOO_MANY_REQUESTS) {
			answer.header(HttpHeaders.RETRY_AFTER, "3600");
		}
		return answer.body(problem);
	}
}
