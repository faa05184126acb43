package org.govsite.audit.web;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.govsite.audit.AuditContext;
import org.govsite.audit.AuditEntry;
import org.govsite.audit.AuditTrail;
import org.govsite.audit.Audited;
import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Writes one audit record for every request to the console or the API that may change
 * something (any method but GET, HEAD and OPTIONS), and for reads whose handler carries
 * {@link Audited}, once the request is complete and its outcome known. A request fails when an
 * exception escaped or was turned into an answer (a refused rule, a missing right), when the
 * status is 400 or more, or when the handler showed its form again with errors.
 */
class AuditInterceptor implements HandlerInterceptor {

	static final String ANONYMOUS = "anonymous";

	private static final Logger log = LoggerFactory.getLogger(AuditInterceptor.class);

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	private static final String REJECTED_FIELDS = AuditInterceptor.class.getName() + ".rejectedFields";

	private final AuditTrail trail;

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	AuditInterceptor(AuditTrail trail) {
		this.trail = trail;
	}

	/** A form shown again with errors is still a 200: note its rejected fields while the model is at hand. */
	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView modelAndView) {
		if (modelAndView == null) {
			return;
		}
		String rejected = modelAndView.getModel()
			.values()
			.stream()
			.filter(BindingResult.class::isInstance)
			.map(binding -> rejectedFields((BindingResult) binding))
			.filter(fields -> !fields.isEmpty())
			.collect(Collectors.joining(", "));
		if (!rejected.isEmpty()) {
			request.setAttribute(REJECTED_FIELDS, rejected);
		}
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable Exception exception) {
		if (!(handler instanceof HandlerMethod method)) {
			return;
		}
		Audited audited = method.getMethodAnnotation(Audited.class);
		if (audited == null && READS.contains(request.getMethod())) {
			return;
		}
		AuditEntry entry = entry(request, response, audited, exception != null ? exception : HandlerExceptionNote.of(request));
		try {
			trail.record(entry);
		}
		catch (RuntimeException e) {
			// The response is already out; the least we can do is leave the record in the log.
			log.error("Could not write the audit record {}", entry, e);
		}
	}

	private AuditEntry entry(HttpServletRequest request, HttpServletResponse response, @Nullable Audited audited,
			@Nullable Exception exception) {
		String failure = failure(request, response, exception);
		String detail = attribute(request, AuditContext.DETAIL);
		return new AuditEntry(actor(), action(request, audited), audited == null || audited.objectType().isEmpty() ? null
				: audited.objectType(), objectId(request, audited), failure == null, request.getRemoteAddr(),
				detail != null ? detail : failure);
	}

	private String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || trust.isAnonymous(authentication) ? ANONYMOUS : authentication.getName();
	}

	/** The {@link Audited} event type, else the method and the handler's path pattern, e.g. {@code POST /admin/sites/{id}}. */
	static String action(HttpServletRequest request, @Nullable Audited audited) {
		if (audited != null) {
			return audited.value();
		}
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		return request.getMethod() + " " + (pattern != null ? pattern : request.getRequestURI());
	}

	/** What the handler set through {@link AuditContext}, else the path variable or parameter {@link Audited} names. */
	static @Nullable String objectId(HttpServletRequest request, @Nullable Audited audited) {
		String set = attribute(request, AuditContext.OBJECT_ID);
		if (set != null) {
			return set;
		}
		String name = audited != null ? audited.objectIdParameter() : "id";
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
				&& variables.get(name) instanceof String variable) {
			return variable;
		}
		return request.getParameter(name);
	}

	/** Why the request failed, in a few words for the record's detail, or {@code null} if it succeeded. */
	static @Nullable String failure(HttpServletRequest request, HttpServletResponse response, @Nullable Exception exception) {
		if (exception instanceof RuleViolation violation) {
			return "refused: " + violation.code();
		}
		if (exception instanceof AccessDeniedException) {
			return "forbidden";
		}
		if (exception instanceof NotFound notFound) {
			return "not found: " + notFound.kind() + " " + notFound.id();
		}
		if (exception instanceof BindException invalid) {
			return "invalid: " + rejectedFields(invalid.getBindingResult());
		}
		if (exception != null) {
			return "error: " + exception.getClass().getSimpleName();
		}
		if (request.getAttribute(REJECTED_FIELDS) instanceof String fields) {
			return "invalid: " + fields;
		}
		if (response.getStatus() >= 400) {
			return "status " + response.getStatus();
		}
		return null;
	}

	private static @Nullable String attribute(HttpServletRequest request, String name) {
		return request.getAttribute(name) instanceof String value ? value : null;
	}

	private static String rejectedFields(BindingResult binding) {
		return binding.getAllErrors()
			.stream()
			.map(error -> error instanceof FieldError field ? field.getField() : error.getObjectName())
			.distinct()
			.collect(Collectors.joining(", "));
	}
}
