package org.govsite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.govsite.EndpointSecurityTests.Endpoint;
import org.govsite.identity.internal.CitizenFixtures;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The public side swept from outside, over every handler mapping outside the console and the
 * back-office API: nothing typed into an address comes back as markup (reflected XSS), into a
 * header (header injection) or as a redirect to another host (open redirect), and a path that
 * climbs out of its folder reaches no file. New public pages are swept as they are added.
 */
@IntegrationTest
class PublicEndpointSecurityTests {

	/** Markup a reflected parameter must never carry into a page unescaped. */
	static final String SCRIPT = "\"'><script>alert(7331)</script><img src=x onerror=alert(7331)>";

	/** Markup, another host (absolute and protocol-relative) and a header smuggled by CR/LF. */
	static final List<String> EVIL = List.of(SCRIPT, "https://evil.example/", "//evil.example/x", "a\r\nSet-Cookie: x=1");

	/**
	 * Parameters public pages read from the whole request (the search page's filters) or that an
	 * attacker tries on any page (a return address), besides those their handlers declare.
	 */
	static final List<String> CONVENTIONAL = List.of("q", "code", "site", "channel", "type", "sort", "origin", "category",
			"email", "token", "next", "returnTo", "redirect", "url", "continue");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	CitizenFixtures citizens;

	/** A signed-in citizen, for the addresses of the public role ({@code /my}): signed out they only redirect. */
	private CitizenFixtures.SignedIn citizen;

	@Test
	void noPublicPageReflectsMarkupOrRedirectsAway() throws Exception {
		List<Endpoint> pages = EndpointSecurityTests.endpoints(mappings,
				endpoint -> !endpoint.under("/admin", "/api/v1/", "/v3/", "/error", "/login", "/logout") && !endpoint.changes());
		List<String> wrong = new ArrayList<>();
		for (Endpoint endpoint : pages) {
			for (String evil : EVIL) {
				MockHttpServletRequestBuilder call = asTheRole(endpoint, get(endpoint.path(java.util.Map.of(), "1"))
					.accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, MediaType.ALL));
				for (String name : parameters(endpoint)) {
					call.param(name, evil);
				}
				check(endpoint, evil, call, wrong);
			}
		}
		assertThat(pages).as("public pages tried").hasSizeGreaterThan(40);
		assertThat(wrong).isEmpty();
	}

	/**
	 * The public forms and the public API's posts (a letter, an error report, an application, a
	 * registration …), sent with the CSRF token and markup, another host or CR/LF in every field:
	 * the page shown again with its errors escapes them, nothing redirects away, nothing fails.
	 * Each request comes from an address of its own (TEST-NET), so that the per-address limits of
	 * the forms count none of it against other tests.
	 */
	@Test
	void noPublicFormReflectsMarkupOrRedirectsAway() throws Exception {
		List<Endpoint> forms = EndpointSecurityTests.endpoints(mappings,
				endpoint -> !endpoint.under("/admin", "/api/v1/", "/v3/", "/error") && endpoint.changes());
		List<String> wrong = new ArrayList<>();
		int address = 0;
		for (Endpoint endpoint : forms) {
			for (String evil : EVIL) {
				String from = "203.0.113." + (++address % 250 + 1);
				MockHttpServletRequestBuilder call = asTheRole(endpoint, request(endpoint.method(), endpoint.path(java.util.Map.of(), "1")))
					.accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, MediaType.ALL)
					.with(csrf())
					.with(request -> {
						request.setRemoteAddr(from);
						return request;
					});
				for (String name : parameters(endpoint)) {
					call.param(name, evil);
				}
				check(endpoint, evil, call, wrong);
			}
		}
		assertThat(forms).as("public forms and posts tried").hasSizeGreaterThan(25);
		assertThat(wrong).isEmpty();
	}

	/** The request in the signed-in citizen's session where the address is the public role's. */
	private MockHttpServletRequestBuilder asTheRole(Endpoint endpoint, MockHttpServletRequestBuilder call) throws Exception {
		if (!endpoint.under("/my")) {
			return call;
		}
		if (citizen == null) {
			citizen = citizens.signedIn(mvc, "扫描者");
		}
		return call.session(citizen.session());
	}

	private void check(Endpoint endpoint, String evil, MockHttpServletRequestBuilder call, List<String> wrong) throws Exception {
		MockHttpServletResponse answer;
		try {
			answer = mvc.perform(call).andReturn().getResponse();
		}
		catch (Exception unhandled) {
			wrong.add(endpoint + " " + evil.strip() + " → failed: " + unhandled.getCause());
			return;
		}
		answer.setCharacterEncoding("UTF-8");
		String body = answer.getContentAsString();
		String location = String.valueOf(answer.getHeader(HttpHeaders.LOCATION));
		if (body.contains("<script>alert(7331)") || body.contains("<img src=x onerror")) {
			wrong.add(endpoint + " reflects markup");
		}
		if (location.contains("evil.example") || location.contains("\n") || answer.getHeader("Set-Cookie") != null
				&& answer.getHeader("Set-Cookie").startsWith("x=1")) {
			wrong.add(endpoint + " " + evil.strip() + " → Location " + location);
		}
		if (answer.getStatus() >= 500) {
			wrong.add(endpoint + " " + evil.strip() + " → " + answer.getStatus());
		}
	}

	/** A path that climbs out of its folder, plain and encoded, reaches no file of the server. */
	@Test
	void noPathClimbsOutOfItsFolder() throws Exception {
		List<String> reached = new ArrayList<>();
		List<Endpoint> withPaths = EndpointSecurityTests.endpoints(mappings,
				endpoint -> !endpoint.under("/admin", "/api/v1/") && !endpoint.changes() && endpoint.pattern().contains("{"));
		for (Endpoint endpoint : withPaths) {
			for (String climb : List.of("..%2F..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
					"..%5C..%5Cwindows%5Cwin.ini", "%252e%252e%252fetc%252fpasswd")) {
				MockHttpServletResponse answer;
				try {
					answer = mvc.perform(get(endpoint.path(java.util.Map.of(), climb)).accept(MediaType.ALL))
						.andReturn()
						.getResponse();
				}
				catch (Exception unhandled) {
					reached.add(endpoint + " " + climb + " → failed: " + unhandled.getCause());
					continue;
				}
				String body = answer.getContentAsString();
				if (body.contains("root:x:0:0") || body.contains("[fonts]") || answer.getStatus() == 200
						&& answer.getContentType() != null && answer.getContentType().startsWith("application/octet-stream")) {
					reached.add(endpoint + " " + climb + " → " + answer.getStatus());
				}
			}
		}
		for (String path : List.of("/static/..%2F..%2Fapplication.yaml", "/themes/../application.yaml",
				"/static/%2e%2e/%2e%2e/application.yaml", "/css/..%252f..%252fapplication.yaml")) {
			MockHttpServletResponse answer = mvc.perform(get(path)).andReturn().getResponse();
			if (answer.getContentAsString().contains("spring:") || answer.getContentAsString().contains("datasource")) {
				reached.add(path + " → " + answer.getStatus());
			}
		}
		assertThat(withPaths).as("public addresses with a path variable").hasSizeGreaterThan(10);
		assertThat(reached).isEmpty();
	}

	private static Set<String> parameters(Endpoint endpoint) {
		Set<String> names = new LinkedHashSet<>(CONVENTIONAL);
		for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null && parameter.getParameterType() == String.class) {
				parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
				names.add(!param.name().isEmpty() ? param.name() : parameter.getParameterName());
			}
		}
		return names;
	}
}
