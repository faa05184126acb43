package org.govsite;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govsite.content.ContentFixtures;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.StaffRole;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The sweep a security tester makes from outside, over every handler mapping of the application
 * as it stands: who is not signed in reaches nothing of the back office; nothing changes without
 * the CSRF token; the three administrators and the editors stay apart (三员分立); an editor of one
 * site reaches nothing of another's by its id; and the public API refuses broken bodies with 400
 * in Chinese, never 500. New controllers are swept as they are added: an exemption is a row of a
 * table below, with its reason.
 */
@IntegrationTest
class EndpointSecurityTests {

	/** State-changing mappings that take no CSRF token, by path prefix, with the reason. */
	static final Map<String, String> CSRF_EXEMPT = Map.of("/api/public/",
			"the public API keeps no session and signs no one in (stateless chain): a forged request borrows no one's rights",
			"/api/v1/", "bearer tokens only, no cookie is read (see apiIgnoresTheConsoleSession): nothing for a forged request to borrow");

	/** The modules whose mappings edit content or manage sites: no business of the audit or security administrator. */
	static final Set<String> CONTENT_AND_SITES = Set.of("content", "channel", "site", "publish", "migration",
			"servicecatalog");

	/** The modules whose mappings manage accounts, roles, the security policy and the audit trail: not an editor's. */
	static final Set<String> ACCOUNTS_SECURITY_AUDIT = Set.of("identity", "audit", "secops", "backup");

	/**
	 * Mappings of those modules that every signed-in staff member uses for themselves, with the
	 * reason: an editor reaching them reaches only their own account.
	 */
	static final Map<String, String> OWN_ACCOUNT = Map.of("MyAccountController",
			"the signed-in member's own password, second factor and tokens", "MeApiController",
			"the token holder's own account and tokens");

	/**
	 * Reads of those modules that the three administrators may make, as {@code Class#method}, with
	 * the guard that declares it.
	 */
	static final Map<String, String> ADMINISTRATORS_READ = Map.of("SiteController#show",
			"@siteReaders.mayRead: the three administrators read every site's registration and history (README, Who may read what)",
			"SiteApiController#", "the same guard, through the API; its changes are not exempt");

	/**
	 * Changing handlers that answer a request without its form (no file, no site) before they
	 * reach their guard, and change nothing: a walk without input cannot show their guard, named here.
	 */
	static final Map<String, String> REFUSED_BEFORE_THE_GUARD = Map.of("DocumentConsoleController#create",
			"an empty form is shown again with its errors (and the site's directory entry) before DocumentLibrary.create, @PreAuthorize'd",
			"DocumentConsoleController#batch", "without ids does nothing; each id goes to ReviewWorkflow's and Placements' @PreAuthorize'd methods",
			"DocxImportController#importDocx",
			"without a site shows the form again, with the sites the member may write to; DocumentLibrary.importDocx is @PreAuthorize'd",
			"ServiceConsoleController#upload", "without a file goes back with 服务事项 'no file'; ServiceCatalog.upload calls requireKeeper",
			"ServiceConsoleController#importWorkbook",
			"without a file goes back with 'no file'; ServiceCatalog.importWorkbook calls requireKeeper");

	@Autowired
	MockMvc mvc;

	@Autowired
	ContentFixtures content;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** Site B, with a channel and a document, whose names nobody but its staff may see. */
	long siteB;

	long channelB;

	long documentB;

	String marker;

	@BeforeEach
	void siteB() {
		marker = ContentFixtures.unique("越权探针");
		siteB = content.portal();
		channelB = content.channel(siteB, ContentFixtures.unique("c"));
		Staff editorB = ContentFixtures.editor(siteB);
		documentB = content.draft(editorB, siteB, channelB, marker);
	}

	@Test
	void whoIsNotSignedInReachesNoConsolePageAndNoApi() throws Exception {
		List<String> reached = new ArrayList<>();
		List<Endpoint> backOffice = endpoints(endpoint -> endpoint.under("/admin", "/api/v1/", "/v3/api-docs"));
		for (Endpoint endpoint : backOffice) {
			MockHttpServletResponse answer = perform(endpoint, endpoint.path(Map.of()), anyone -> anyone, true);
			boolean refused = endpoint.under("/api/v1/") ? answer.getStatus() == 401
					: answer.getStatus() == 302 && answer.getRedirectedUrl() != null
							&& answer.getRedirectedUrl().endsWith("/login");
			if (!refused) {
				reached.add(endpoint + " → " + answer.getStatus() + " " + answer.getRedirectedUrl());
			}
		}
		assertThat(backOffice).as("console and API entries tried").hasSizeGreaterThan(300);
		assertThat(reached).isEmpty();
	}

	@Test
	void nothingChangesWithoutTheCsrfToken() throws Exception {
		List<String> accepted = new ArrayList<>();
		List<Endpoint> changing = endpoints(endpoint -> endpoint.changes()
				&& CSRF_EXEMPT.keySet().stream().noneMatch(prefix -> endpoint.under(prefix)));
		for (Endpoint endpoint : changing) {
			MockHttpServletResponse answer = perform(endpoint, endpoint.path(Map.of()),
					staff(StaffRole.SYSTEM_ADMIN.authority()), false);
			if (answer.getStatus() != 403) {
				accepted.add(endpoint + " → " + answer.getStatus() + " " + answer.getRedirectedUrl());
			}
		}
		assertThat(changing).as("changing entries tried").hasSizeGreaterThan(200);
		assertThat(accepted).isEmpty();
	}

	/** Why the API needs no CSRF token: a browser's session cookie signs no one in there. */
	@Test
	void apiIgnoresTheConsoleSession() throws Exception {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
				new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated("console-user", null,
						List.of(new SimpleGrantedAuthority(StaffRole.STAFF_AUTHORITY),
								new SimpleGrantedAuthority(StaffRole.SYSTEM_ADMIN.authority())))));
		assertThat(mvc.perform(get("/admin").session(session)).andReturn().getResponse().getStatus())
			.as("the session is a console session").isEqualTo(200);
		assertThat(mvc.perform(get("/api/v1/sites").session(session)).andReturn().getResponse().getStatus())
			.as("but worth nothing in the API").isEqualTo(401);
		SecurityContextHolder.clearContext();
	}

	/**
	 * 三员分立 from outside: the audit and the security administrator reach no content or site
	 * management, an editor no accounts, roles, security or audit (their own account aside). Ids
	 * are site B's real ones, so an answer comes from a guard, not from an object not found; a
	 * list that answers shows none of site B.
	 */
	@Test
	void theAdministratorsAndTheEditorsStayApart() throws Exception {
		long siteA = content.portal();
		List<String> reached = new ArrayList<>();
		int walked = 0;
		for (StaffRole administrator : List.of(StaffRole.AUDIT_ADMIN, StaffRole.SECURITY_ADMIN)) {
			for (Endpoint endpoint : endpoints(endpoint -> endpoint.under("/admin", "/api/v1/")
					&& CONTENT_AND_SITES.contains(endpoint.module()))) {
				walked++;
				refused(endpoint, staff(administrator.authority()), administrator.name(), reached);
			}
		}
		for (Endpoint endpoint : endpoints(endpoint -> endpoint.under("/admin", "/api/v1/")
				&& ACCOUNTS_SECURITY_AUDIT.contains(endpoint.module())
				&& !OWN_ACCOUNT.containsKey(endpoint.handler().getBeanType().getSimpleName()))) {
			walked++;
			refused(endpoint, staff(StaffRole.EDITOR.forSite(siteA)), "EDITOR", reached);
		}
		assertThat(walked).as("entries tried").isGreaterThan(300);
		assertThat(reached).isEmpty();
	}

	/** IDOR: an editor of site A names site B's site, channel or document by its id, and gets nothing. */
	@Test
	void anEditorOfOneSiteReachesNothingOfAnotherByItsId() throws Exception {
		long siteA = content.portal();
		List<String> reached = new ArrayList<>();
		List<Endpoint> byId = endpoints(endpoint -> endpoint.under("/admin", "/api/v1/") && endpoint.names(siteBIds()));
		for (Endpoint endpoint : byId) {
			refused(endpoint, staff(StaffRole.EDITOR.forSite(siteA)), "EDITOR of A", reached);
		}
		assertThat(byId).as("entries naming site B's objects").hasSizeGreaterThan(100);
		assertThat(reached).isEmpty();
	}

	private void refused(Endpoint endpoint, RequestPostProcessor who, String role, List<String> reached) throws Exception {
		MockHttpServletResponse answer = perform(endpoint, endpoint.path(siteBIds()), who, true);
		int status = answer.getStatus();
		boolean refused = status == 403 || status == 404
				|| endpoint.changes() && status >= 400 && status < 500 && status != 401;
		if (!refused || answer.getContentAsString().contains(marker)) {
			if (status == 200 && !endpoint.pattern().contains("{") && !endpoint.changes()
					&& !answer.getContentAsString().contains(marker)) {
				return; // a list of what the member holds: it holds none of site B
			}
			if (role.endsWith("_ADMIN") && !endpoint.changes() && endpoint.listedIn(ADMINISTRATORS_READ)
					|| endpoint.listedIn(REFUSED_BEFORE_THE_GUARD) && !answer.getContentAsString().contains(marker)) {
				return;
			}
			reached.add(role + " " + endpoint + " → " + status + " " + answer.getRedirectedUrl());
		}
	}

	private Map<String, Long> siteBIds() {
		return Map.of("siteId", siteB, "channelId", channelB, "documents/id", documentB, "channels/id", channelB,
				"sites/id", siteB);
	}

	/** Broken JSON, wrong types, a megabyte of text: 400 (413 for the size) in Chinese, as problem+json. */
	@Test
	void thePublicApiRefusesBrokenBodiesInChinese() throws Exception {
		List<String> wrong = new ArrayList<>();
		List<Endpoint> withBody = endpoints(endpoint -> endpoint.under("/api/public/") && endpoint.body() != null);
		for (Endpoint endpoint : withBody) {
			Map<String, String> bodies = new LinkedHashMap<>();
			bodies.put("broken", "{\"subject\": \"未写完");
			bodies.put("wrong types", wrongTypes(endpoint.body()));
			bodies.put("1 MB", megabyte(endpoint.body()));
			for (Map.Entry<String, String> body : bodies.entrySet()) {
				MockHttpServletResponse answer = mvc
					.perform(request(endpoint.method(), endpoint.path(Map.of())).contentType(MediaType.APPLICATION_JSON)
						.accept(endpoint.accepts())
						.content(body.getValue()))
					.andReturn()
					.getResponse();
				answer.setCharacterEncoding("UTF-8");
				boolean status = answer.getStatus() == 400 || body.getKey().equals("1 MB") && answer.getStatus() == 413;
				boolean problem = MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(
						MediaType.parseMediaType(String.valueOf(answer.getContentType()).replace("null", "text/plain")));
				boolean chinese = answer.getContentAsString().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF);
				if (!status || !problem || !chinese) {
					wrong.add(endpoint + " " + body.getKey() + " → " + answer.getStatus() + " " + answer.getContentType() + " "
							+ answer.getContentAsString().substring(0, Math.min(120, answer.getContentAsString().length())));
				}
			}
		}
		assertThat(withBody).as("public entries with a body").hasSizeGreaterThan(8);
		assertThat(wrong).isEmpty();
	}

	/** Every field of the body's record with a value of another JSON type. */
	private static String wrongTypes(Class<?> body) {
		StringBuilder json = new StringBuilder("{");
		for (RecordComponent component : body.isRecord() ? body.getRecordComponents() : new RecordComponent[0]) {
			Class<?> type = component.getType();
			String value = type == String.class ? "{\"nested\":true}" : "\"不是数字也不是是否\"";
			json.append(json.length() > 1 ? "," : "").append('"').append(component.getName()).append("\":").append(value);
		}
		return json.append(body.isRecord() ? "}" : "\"x\":[]}").toString();
	}

	/** Every text field of the body's record a megabyte long. */
	private static String megabyte(Class<?> body) {
		String text = "\"" + "长".repeat(350_000) + "\"";
		StringBuilder json = new StringBuilder("{");
		for (RecordComponent component : body.isRecord() ? body.getRecordComponents() : new RecordComponent[0]) {
			if (component.getType() == String.class) {
				json.append(json.length() > 1 ? "," : "").append('"').append(component.getName()).append("\":").append(text);
			}
		}
		return json.length() > 1 ? json.append("}").toString() : text;
	}

	private List<Endpoint> endpoints(Predicate<Endpoint> filter) {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = mapping.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : new TreeSet<>(info.getPatternValues())) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
					Endpoint endpoint = new Endpoint(HttpMethod.valueOf(method.name()), pattern, mapping.getValue(), info);
					if (!endpoint.ofTheTests() && filter.test(endpoint)) {
						endpoints.add(endpoint);
					}
				}
			}
		}
		endpoints.sort((a, b) -> a.toString().compareTo(b.toString()));
		return endpoints;
	}

	private MockHttpServletResponse perform(Endpoint endpoint, String path, RequestPostProcessor who, boolean token)
			throws Exception {
		MockHttpServletRequestBuilder call = request(endpoint.method(), path).with(who);
		endpoint.requiredParameters(siteBIds()).forEach(call::param);
		if (token) {
			call.with(csrf());
		}
		try {
			return mvc.perform(call).andReturn().getResponse();
		}
		catch (Exception unhandled) {
			// what a servlet container answers with 500
			MockHttpServletResponse failed = new MockHttpServletResponse();
			failed.setStatus(500);
			failed.getWriter().write(String.valueOf(unhandled.getCause()));
			return failed;
		}
	}

	static RequestPostProcessor staff(String... authorities) {
		List<SimpleGrantedAuthority> granted = new ArrayList<>();
		granted.add(new SimpleGrantedAuthority(StaffRole.STAFF_AUTHORITY));
		for (String authority : authorities) {
			granted.add(new SimpleGrantedAuthority(authority));
		}
		return user(ContentFixtures.unique("sweep")).authorities(granted);
	}

	/** One method of one path of a handler mapping. */
	record Endpoint(HttpMethod method, String pattern, HandlerMethod handler, RequestMappingInfo info) {

		private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

		boolean under(String... prefixes) {
			for (String prefix : prefixes) {
				if (pattern.startsWith(prefix)) {
					return true;
				}
			}
			return false;
		}

		boolean changes() {
			return !Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS).contains(method);
		}

		/** The tests' own probe controllers (audit's AuditProbeController …) are no endpoint of the product. */
		boolean ofTheTests() {
			var source = handler.getBeanType().getProtectionDomain().getCodeSource();
			return source != null && source.getLocation().toString().contains("/test-classes/");
		}

		boolean listedIn(Map<String, String> table) {
			String name = handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName();
			return table.keySet().stream().anyMatch(name::startsWith);
		}

		/** Whether every path variable has a value among the ids. */
		boolean names(Map<String, Long> ids) {
			Matcher variables = VARIABLE.matcher(pattern);
			boolean any = false;
			while (variables.find()) {
				any = true;
				String before = pattern.substring(0, variables.start());
				if (!ids.containsKey(segmentBefore(before) + "/" + variables.group(1)) && !ids.containsKey(variables.group(1))) {
					return false;
				}
			}
			return any;
		}

		private static String segmentBefore(String before) {
			return before.endsWith("/") ? before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1)
					: "";
		}

		/** The module of the handler: org.govsite.&lt;module&gt;.… */
		String module() {
			return handler.getBeanType().getName().split("\\.")[2];
		}

		/** Each path variable by its name and the segment before it; one without a value becomes 1 (or 2999 for a year). */
		String path(Map<String, Long> ids) {
			Matcher variables = VARIABLE.matcher(pattern);
			StringBuilder path = new StringBuilder();
			while (variables.find()) {
				String segment = segmentBefore(pattern.substring(0, variables.start()));
				Long id = ids.getOrDefault(segment + "/" + variables.group(1), ids.get(variables.group(1)));
				String value = id != null ? id.toString() : variables.group(2) != null ? "2999" : "1";
				variables.appendReplacement(path, value);
			}
			variables.appendTail(path);
			return path.toString();
		}

		/** What a client of this handler asks for: what it produces (JSON when it does not say), or a problem. */
		MediaType[] accepts() {
			List<MediaType> types = new ArrayList<>(info.getProducesCondition().getProducibleMediaTypes());
			if (types.isEmpty()) {
				types.add(MediaType.APPLICATION_JSON);
			}
			types.add(MediaType.APPLICATION_PROBLEM_JSON);
			return types.toArray(MediaType[]::new);
		}

		/**
		 * A value for each required request parameter, so that a read gets past its binding to its
		 * guard: an id by its name, else any value of the parameter's type.
		 */
		Map<String, String> requiredParameters(Map<String, Long> ids) {
			Map<String, String> values = new LinkedHashMap<>();
			for (MethodParameter parameter : handler.getMethodParameters()) {
				RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
				if (param == null || !param.required() || !ValueConstants.DEFAULT_NONE.equals(param.defaultValue())
						|| MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
					continue;
				}
				parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
				String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
				Class<?> type = parameter.getParameterType();
				String value = ids.containsKey(name) ? ids.get(name).toString()
						: type == LocalDate.class ? "2026-01-01"
								: type.isEnum() ? ((Enum<?>) type.getEnumConstants()[0]).name()
										: type == boolean.class || type == Boolean.class ? "true"
												: Number.class.isAssignableFrom(type) || type.isPrimitive() ? "1" : "x";
				values.put(name, value);
			}
			return values;
		}

		/** The type of the {@code @RequestBody} parameter, if the handler takes one. */
		Class<?> body() {
			for (MethodParameter parameter : handler.getMethodParameters()) {
				if (parameter.hasParameterAnnotation(RequestBody.class)) {
					return parameter.getParameterType();
				}
			}
			return null;
		}

		@Override
		public String toString() {
			return method + " " + pattern + " (" + handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName()
					+ ")";
		}
	}
}
