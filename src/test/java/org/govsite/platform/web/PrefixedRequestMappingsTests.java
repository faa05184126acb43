package org.govsite.platform.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.util.ServletRequestPathUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request mappings pass over those whose patterns cannot match by their literal beginning,
 * and still find every handler they found before: with variables, wildcards, escapes and path
 * parameters.
 */
class PrefixedRequestMappingsTests {

	@RestController
	@RequestMapping("/api/public")
	static class Letters {

		@PostMapping("/mailboxes/{id}/letters")
		String write(@PathVariable long id) {
			return "write";
		}

		@GetMapping("/letters/{code}")
		String follow(@PathVariable String code) {
			return "follow";
		}
	}

	@RestController
	static class Others {

		@GetMapping("/files/**")
		String files() {
			return "files";
		}

		@GetMapping("/admin/sites/{id}")
		String site(@PathVariable long id) {
			return "site";
		}
	}

	PrefixedRequestMappings mappings = new PrefixedRequestMappings();

	@BeforeEach
	void register() {
		StaticWebApplicationContext context = new StaticWebApplicationContext();
		context.registerSingleton("letters", Letters.class);
		context.registerSingleton("others", Others.class);
		context.refresh();
		mappings.setApplicationContext(context);
		mappings.afterPropertiesSet();
	}

	private String handler(String method, String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		ServletRequestPathUtils.parseAndCache(request);
		HandlerExecutionChain chain = mappings.getHandler(request);
		return chain == null ? "none" : ((HandlerMethod) chain.getHandler()).getMethod().getName();
	}

	@Test
	void findsTheHandlersWithVariablesAndWildcards() throws Exception {
		assertThat(handler("POST", "/api/public/mailboxes/7/letters")).isEqualTo("write");
		assertThat(handler("GET", "/api/public/letters/ABC123")).isEqualTo("follow");
		assertThat(handler("GET", "/files/2026/a.pdf")).isEqualTo("files");
		assertThat(handler("GET", "/admin/sites/12")).isEqualTo("site");
		assertThat(handler("GET", "/nothing/here")).isEqualTo("none");
	}

	@Test
	void aTrailingWildcardStillMatchesThePathWithoutItsLastSlash() throws Exception {
		// PathPattern's /files/** matches /files too
		assertThat(handler("GET", "/files")).isEqualTo("files");
		assertThat(handler("GET", "/files/")).isEqualTo("files");
	}

	@Test
	void findsTheHandlersOfEscapedPathsAndPathParameters() throws Exception {
		// matched by decoded segments without their parameters: not passed over by the raw path's beginning
		assertThat(handler("POST", "/api/public/m%61ilboxes/7/letters")).isEqualTo("write");
		assertThat(handler("GET", "/admin;x=1/sites/12")).isEqualTo("site");
	}

	@Test
	void theBeginningOfAPattern() {
		assertThat(PrefixedRequestMappings.beginning("/api/public/mailboxes/{id}/letters")).isEqualTo("/api/public/mailboxes");
		assertThat(PrefixedRequestMappings.beginning("/files/**")).isEqualTo("/files");
		assertThat(PrefixedRequestMappings.beginning("/a?c")).isEqualTo("");
		assertThat(PrefixedRequestMappings.beginning("/{site}/index.html")).isEqualTo("");
		assertThat(PrefixedRequestMappings.beginning("/admin/sites")).isEqualTo("/admin/sites");
		assertThat(PrefixedRequestMappings.beginning("")).isEmpty();
	}
}
