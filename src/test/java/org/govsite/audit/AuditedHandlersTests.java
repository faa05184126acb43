package org.govsite.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every handler of the application that may change something under {@code /admin} or
 * {@code /api/v1} names its change with {@link Audited}: the record is written either way, but
 * without a name it says only {@code POST /admin/...} and shows no label. Covers every module's
 * controllers as they are added.
 */
@IntegrationTest
class AuditedHandlersTests {

	private static final Set<RequestMethod> READS = Set.of(RequestMethod.GET, RequestMethod.HEAD, RequestMethod.OPTIONS);

	/**
	 * Handlers that may go without {@link Audited}, as {@code Class#method} with the reason.
	 * Add an entry only with a reason that convinces a reviewer.
	 */
	private static final Map<String, String> EXEMPT = Map.of("HomeCompositionController#arrange",
			"上移/下移 without JavaScript: shows the unsaved form again with a row moved; nothing is saved",
			"EditorCheckController#check", "the editor's 检查: the text as it stands is checked and the findings returned; nothing is saved");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyChangingConsoleAndApiHandlerIsAudited() {
		List<String> unaudited = mappings.getHandlerMethods()
			.entrySet()
			.stream()
			.filter(mapping -> underConsoleOrApi(mapping.getKey()) && mayChange(mapping.getKey()))
			.filter(mapping -> !mapping.getValue().hasMethodAnnotation(Audited.class))
			.map(mapping -> name(mapping.getValue()) + " " + mapping.getKey())
			.filter(handler -> EXEMPT.keySet().stream().noneMatch(handler::startsWith))
			.sorted()
			.toList();
		assertThat(unaudited).as("handlers that change something without @Audited").isEmpty();
	}

	@Test
	void theScanSeesTheHandlersItMustCheck() {
		assertThat(mappings.getHandlerMethods().entrySet())
			.filteredOn(mapping -> underConsoleOrApi(mapping.getKey()) && mayChange(mapping.getKey()))
			.extracting(mapping -> name(mapping.getValue()))
			.contains("AuditProbeController#update", "AuditProbeApiController#delete", "AuditConsoleController#verify");
	}

	private static boolean underConsoleOrApi(RequestMappingInfo mapping) {
		return mapping.getPatternValues()
			.stream()
			.anyMatch(pattern -> pattern.equals("/admin") || pattern.startsWith("/admin/") || pattern.startsWith("/api/v1/"));
	}

	/** A mapping without methods answers every method, POST included. */
	private static boolean mayChange(RequestMappingInfo mapping) {
		Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
		return methods.isEmpty() || !READS.containsAll(methods);
	}

	private static String name(HandlerMethod handler) {
		return handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName();
	}
}
