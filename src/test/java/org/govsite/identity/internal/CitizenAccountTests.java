package org.govsite.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.govsite.identity.CitizenAccounts;
import org.govsite.test.IntegrationTest;

import static org.govsite.identity.internal.CitizenFixtures.PASSWORD;
import static org.govsite.identity.internal.CitizenFixtures.address;
import static org.govsite.identity.internal.CitizenFixtures.register;
import static org.govsite.identity.internal.CitizenFixtures.signIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Citizen accounts (公众账号) through their pages: registration with an emailed link, sign-in and
 * sign-out, personal data sealed, bad input refused in Chinese with nothing stored, script shown
 * as text, attempts limited, and a citizen's session worth nothing in the console or the API.
 */
@IntegrationTest
class CitizenAccountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CitizenStore store;

	@Autowired
	CitizenFixtures fixtures;

	@Autowired
	CitizenAccounts accounts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void aCitizenRegistersVerifiesTheEmailSignsInAndOut() throws Exception {
		String address = address();
		String email = "Zhang.San+" + address.replace('.', '-') + "@example.cn";
		MockHttpServletResponse registered = register(mvc, address, email, "张三", PASSWORD, PASSWORD);
		assertThat(registered.getStatus()).isEqualTo(200);
		assertThat(registered.getContentAsString()).contains("验证邮件已发送");

		Map<String, Object> row = jdbc.sql("select * from identity_citizen where email_digest = ?")
			.param(accounts.emailDigest(email)).query().singleRow();
		assertThat((String) row.get("email")).as("email sealed").startsWith("sm4gcm:").doesNotContain("example");
		assertThat((String) row.get("display_name")).as("name sealed").startsWith("sm4gcm:");
		assertThat((String) row.get("password_hash")).doesNotContain(PASSWORD);

		MockHttpServletResponse early = signIn(mvc, address, email, PASSWORD, new MockHttpSession());
		assertThat(early.getStatus()).isEqualTo(403);
		assertThat(early.getContentAsString()).contains("请先打开验证邮件中的链接");

		String token = fixtures.knownLink((Long) row.get("id"));
		MockHttpServletResponse verified = mvc.perform(get("/citizen/verify").param("token", token)).andReturn().getResponse();
		assertThat(verified.getContentAsString()).contains("您的邮箱已验证");
		assertThat(mvc.perform(get("/citizen/verify").param("token", token)).andReturn().getResponse().getStatus())
			.as("a link works once").isEqualTo(400);

		assertThat(signIn(mvc, address, email, "Wrong-pass-2026!", new MockHttpSession()).getStatus()).isEqualTo(401);
		MockHttpSession session = new MockHttpSession();
		MockHttpServletResponse signedIn = signIn(mvc, address, email.toLowerCase(), PASSWORD, session);
		assertThat(signedIn.getRedirectedUrl()).isEqualTo("/my");
		MockHttpServletResponse mine = mvc.perform(get("/my").session(session)).andReturn().getResponse();
		assertThat(mine.getStatus()).isEqualTo(200);
		assertThat(mine.getContentAsString()).contains("张三").contains("我的");

		mvc.perform(post("/citizen/logout").session(session).with(csrf()));
		assertThat(mvc.perform(get("/my").session(session)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/citizen/login");
	}

	@Test
	void badInputIsRefusedInChineseAndStoresNothing() throws Exception {
		long before = citizens();
		String address = address();
		record Case(String email, String name, String password, String confirmation, String message) {
		}
		List<Case> cases = List.of(new Case("not-an-email", "李四", PASSWORD, PASSWORD, "请填写有效的电子邮箱地址"),
				new Case("", "李四", PASSWORD, PASSWORD, "请填写有效的电子邮箱地址"),
				new Case("li@example.cn", "", PASSWORD, PASSWORD, "请填写姓名或称呼"),
				new Case("li@example.cn", "李".repeat(41), PASSWORD, PASSWORD, "请填写姓名或称呼"),
				new Case("li@example.cn", "李\u0000四", PASSWORD, PASSWORD, "空字符"),
				new Case("li@example.cn", "李\u0007四", PASSWORD, PASSWORD, "请填写姓名或称呼"),
				new Case("li@example.cn", "李四", PASSWORD, PASSWORD + "x", "两次输入的密码不一致"),
				new Case("li@example.cn", "李四", "short1!", "short1!", "12"),
				new Case("li@example.cn", "李四", "onlyletterslong", "onlyletterslong", "数字"));
		for (Case bad : cases) {
			MockHttpServletResponse answer = register(mvc, address(), bad.email(), bad.name(), bad.password(), bad.confirmation());
			assertThat(answer.getStatus()).as(bad.toString()).isEqualTo(400);
			assertThat(answer.getContentAsString()).as(bad.toString()).contains(bad.message());
		}
		MockHttpServletResponse link = mvc.perform(get("/citizen/verify").param("token", "forged")).andReturn().getResponse();
		assertThat(link.getStatus()).isEqualTo(400);
		assertThat(link.getContentAsString()).contains("验证链接无效或已过期");
		assertThat(mvc.perform(post("/citizen/register").with(request -> CitizenFixtures.remote(request, address)))
			.andReturn().getResponse().getStatus()).as("without the CSRF token").isEqualTo(403);
		assertThat(citizens()).isEqualTo(before);
	}

	@Test
	void scriptInTheNameIsShownAsText() throws Exception {
		String script = "<script>alert('x')</script><b>";
		MockHttpSession session = fixtures.signedIn(mvc, script).session();
		String page = mvc.perform(get("/my").session(session)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert")
			.doesNotContain("<b>");
	}

	@Test
	void registrationsAndSignInsAreLimitedPerAddress() throws Exception {
		String address = address();
		for (int i = 0; i < 5; i++) {
			assertThat(register(mvc, address, "many" + i + "@example.cn", "王五", "x", "y").getStatus()).isEqualTo(400);
		}
		MockHttpServletResponse refused = register(mvc, address, "many9@example.cn", "王五", PASSWORD, PASSWORD);
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getContentAsString()).contains("操作过于频繁");

		String signing = address();
		for (int i = 0; i < 10; i++) {
			assertThat(signIn(mvc, signing, "guess" + i + "@example.cn", "Guess-2026!x", new MockHttpSession()).getStatus())
				.isEqualTo(401);
		}
		assertThat(signIn(mvc, signing, "guess@example.cn", "Guess-2026!x", new MockHttpSession()).getStatus()).isEqualTo(429);
		String other = address();
		for (int i = 0; i < 10; i++) {
			signIn(mvc, address(), "target@example.cn", "Guess-2026!x", new MockHttpSession());
		}
		assertThat(signIn(mvc, other, "target@example.cn", "Guess-2026!x", new MockHttpSession()).getStatus())
			.as("one email from many addresses").isEqualTo(429);
	}

	@Test
	void aCitizensSessionReachesNoConsolePageAndNoApi() throws Exception {
		MockHttpSession session = fixtures.signedIn(mvc, "赵六").session();
		List<String> reached = new ArrayList<>();
		int walked = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = mapping.getKey();
			for (String pattern : new TreeSet<>(info.getPatternValues())) {
				if (!pattern.startsWith("/admin") && !pattern.startsWith("/api/v1")) {
					continue;
				}
				String path = pattern.replaceAll("\\{[^}:]*:[^}]*}", "2999").replaceAll("\\{[^}]*}", "1");
				var methods = info.getMethodsCondition().getMethods();
				for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
					walked++;
					MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(method.name()), path).session(session)
						.with(csrf());
					MockHttpServletResponse answer = mvc.perform(call).andReturn().getResponse();
					boolean refused = pattern.startsWith("/api/v1") ? answer.getStatus() == 401
							: answer.getStatus() == 302 && answer.getRedirectedUrl() != null
									&& answer.getRedirectedUrl().endsWith("/login");
					if (!refused) {
						reached.add(method + " " + path + " → " + answer.getStatus() + " " + answer.getRedirectedUrl());
					}
				}
			}
		}
		assertThat(walked).as("console and API entries tried").isGreaterThan(200);
		assertThat(reached).isEmpty();
		assertThat(mvc.perform(get("/my").session(session)).andReturn().getResponse().getStatus())
			.as("the session was a citizen's all along").isEqualTo(200);
	}

	private long citizens() {
		return jdbc.sql("select count(*) from identity_citizen").query(Long.class).single();
	}
}
