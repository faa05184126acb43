package org.govsite.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.govsite.content.ContentFixtures;
import org.govsite.identity.StaffRole;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every console page opened with a wrong address (an id that is not a number, an id that does not
 * exist, a parameter missing or with a value no list has) answers the console's own Chinese page,
 * with the menu and a way back: never Spring's English error page, never a failure (500).
 */
@IntegrationTest
class ConsoleErrorPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	ContentFixtures fixtures;

	@Test
	void everyConsolePageOpenedWithAWrongAddressAnswersTheConsolesOwnPage() throws Exception {
		long site = fixtures.portal();
		List<List<String>> users = List.of(List.of(StaffRole.SYSTEM_ADMIN.authority()),
				List.of(StaffRole.AUDIT_ADMIN.authority()), List.of(StaffRole.SECURITY_ADMIN.authority()),
				List.of(StaffRole.SITE_MANAGER.forSite(site), StaffRole.EDITOR.forSite(site), StaffRole.REVIEWER.forSite(site)));
		List<String> wrong = new ArrayList<>();
		int walked = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = mapping.getKey();
			if (!info.getMethodsCondition().getMethods().contains(RequestMethod.GET)
					&& !info.getMethodsCondition().getMethods().isEmpty()) {
				continue;
			}
			for (String pattern : new TreeSet<>(info.getPatternValues())) {
				if (!pattern.startsWith("/admin")) {
					continue;
				}
				List<String> addresses = new ArrayList<>();
				addresses.add(address(pattern, "abc"));
				addresses.add(address(pattern, "999999999"));
				String everyParameter = parameters(mapping.getValue());
				if (!everyParameter.isEmpty()) {
					addresses.add(address(pattern, "999999999") + "?" + everyParameter);
				}
				for (String address : addresses) {
					for (List<String> authorities : users) {
						walked++;
						String problem = problem(address, authorities);
						if (problem != null) {
							wrong.add(address + " as " + authorities + ": " + problem);
						}
					}
				}
			}
		}
		assertThat(walked).as("console pages walked").isGreaterThan(100);
		assertThat(wrong).isEmpty();
	}

	/**
	 * The pattern with each variable replaced by the value; a variable that names its own pattern
	 * ({@code {year:\\d{4}}}) gets a value of that pattern, for the page to be reached at all.
	 */
	private static String address(String pattern, String value) {
		StringBuilder address = new StringBuilder();
		int depth = 0;
		StringBuilder variable = new StringBuilder();
		for (char c : pattern.toCharArray()) {
			if (c == '{') {
				depth++;
			}
			if (depth > 0) {
				variable.append(c);
			}
			else {
				address.append(c);
			}
			if (c == '}' && --depth == 0) {
				address.append(variable.indexOf(":") < 0 ? value : "2999");
				variable.setLength(0);
			}
		}
		return address.toString();
	}

	/** Each of the handler's request parameters with a value nothing accepts. */
	private static String parameters(HandlerMethod handler) {
		List<String> pairs = new ArrayList<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param == null || parameter.getParameterType() == Map.class) {
				continue;
			}
			String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
			pairs.add(name + "=FOO");
		}
		return String.join("&", pairs);
	}

	private String problem(String address, List<String> authorities) throws Exception {
		List<String> all = new ArrayList<>(authorities);
		all.add(StaffRole.STAFF_AUTHORITY);
		MockHttpServletResponse response = mvc.perform(get(address)
				.with(user(ContentFixtures.unique("walker")).authorities(AuthorityUtils.createAuthorityList(all))))
			.andReturn()
			.getResponse();
		String body = response.getContentAsString();
		if (response.getStatus() >= 500) {
			return "status " + response.getStatus();
		}
		if (body.contains("Whitelabel")) {
			return "Spring's English error page";
		}
		if (response.getStatus() >= 400 && !(body.contains("lang=\"zh-CN\"") && body.contains("class=\"sidebar\"")
				&& body.contains("href=\"/admin\""))) {
			return "status " + response.getStatus() + " without the console's page: "
					+ body.substring(0, Math.min(200, body.length()));
		}
		return null;
	}
}
