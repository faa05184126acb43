package org.govsite.audit.web;

import java.util.Map;

import org.govsite.audit.AuditContext;
import org.govsite.audit.Audited;
import org.govsite.platform.RuleViolation;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.servlet.HandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/** The parts of a record the interceptor derives from the request, without Spring. */
class AuditInterceptorTests {

	private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/sites/12/offline");

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void withoutAuditedTheActionIsTheMethodAndPathPattern() {
		request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/admin/sites/{id}/offline");
		assertThat(AuditInterceptor.action(request, null)).isEqualTo("POST /admin/sites/{id}/offline");
		assertThat(AuditInterceptor.action(request, audited("takeOffline"))).isEqualTo("site.takeOffline");
	}

	@Test
	void theObjectIdComesFromTheHandlerFirstThenThePathThenTheParameters() throws Exception {
		Audited audited = audited("takeOffline");
		request.setParameter("siteId", "99");
		assertThat(AuditInterceptor.objectId(request, audited)).isEqualTo("99");
		request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("siteId", "12"));
		assertThat(AuditInterceptor.objectId(request, audited)).isEqualTo("12");
		request.setAttribute(AuditContext.OBJECT_ID, "13");
		assertThat(AuditInterceptor.objectId(request, audited)).isEqualTo("13");
	}

	@Test
	void aRefusalAnErrorStatusOrARejectedFormIsAFailure() {
		assertThat(AuditInterceptor.failure(request, response, null)).isNull();
		assertThat(AuditInterceptor.failure(request, response, new RuleViolation("site.alreadyOffline")))
			.isEqualTo("refused: site.alreadyOffline");
		assertThat(AuditInterceptor.failure(request, response, new AccessDeniedException("no"))).isEqualTo("forbidden");
		assertThat(AuditInterceptor.failure(request, response, new IllegalStateException())).isEqualTo("error: IllegalStateException");
		response.setStatus(409);
		assertThat(AuditInterceptor.failure(request, response, null)).isEqualTo("status 409");
	}

	private static Audited audited(String verb) {
		try {
			return Handlers.class.getDeclaredMethod(verb).getAnnotation(Audited.class);
		}
		catch (NoSuchMethodException e) {
			throw new IllegalStateException(e);
		}
	}

	static class Handlers {

		@Audited(value = "site.takeOffline", objectType = "site", objectIdParameter = "siteId")
		void takeOffline() {
		}
	}
}
