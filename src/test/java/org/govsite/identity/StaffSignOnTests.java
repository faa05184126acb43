package org.govsite.identity;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import org.govsite.identity.internal.Credentials;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.govsite.test.TestOidcProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff sign-in through the provincial 统一身份认证平台 (ADR 0003, addendum), against a real OpenID
 * Connect provider on loopback ({@link TestOidcProvider}, Spring Authorization Server): the console
 * runs in MockMvc, the provider's sign-in form is filled in over HTTP. An editor binds their account
 * while signed in with password and TOTP; the provider's sign-in then still asks for the code; an
 * unbound subject and a 三员 account are refused. The staff sign-on is off by default, so this test
 * runs in a context of its own (the shared integration context keeps it off:
 * {@link StaffSignOnDisabledTests}).
 */
@IntegrationTest
@org.springframework.test.context.TestPropertySource(properties = "govsite.identity.staff.sso.enabled=true")
class StaffSignOnTests {

	/** MockMvc's requests come from http://localhost, so the provider sends the browser back there. */
	private static final String CALLBACK = "http://localhost/login/sso/code/staff";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Credentials credentials;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	/** The provider's side of one browser: its session cookie survives from one sign-in to the next. */
	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		registry.add("govsite.identity.staff.sso.issuer-uri", () -> TestOidcProvider.ISSUER);
		registry.add("govsite.identity.staff.sso.client-id", () -> TestOidcProvider.CLIENT_ID);
		registry.add("govsite.identity.staff.sso.client-secret", () -> TestOidcProvider.CLIENT_SECRET);
	}

	@BeforeAll
	static void startProvider() {
		TestOidcProvider.startFor(CALLBACK);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aBoundEditorSignsInThroughTheProviderAndStillGivesTheCode() throws Exception {
		clock.setTo(LocalDateTime.of(2026, 4, 1, 9, 0, 1));
		jdbc.sql("delete from identity_staff_sso_binding").update();
		String username = TestAccounts.uniqueName("sso");
		long editor = accounts.create(username, Grant.site(StaffRole.EDITOR, 5));
		String secret = enrol(editor);

		// the console's sign-in page offers the provider
		assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
			.contains("id=\"sso\"").contains("统一身份认证登录");

		// not bound yet: the provider's subject reaches no account, and nothing is made for it
		MockHttpSession stranger = new MockHttpSession();
		assertThat(signInAtProvider(stranger).getResponse().getRedirectedUrl()).isEqualTo("/login?error=sso-unbound");
		mvc.perform(get("/admin").session(stranger)).andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
		assertThat(mvc.perform(get("/login").param("error", "sso-unbound")).andReturn().getResponse().getContentAsString())
			.contains("未绑定任何工作人员账号");
		assertThat(jdbc.sql("select count(*) from identity_staff_sso_binding").query(Long.class).single()).isZero();

		// bound by the holder, signed in with the password and giving the code of their authenticator
		MockHttpSession holder = passwordSignIn(username);
		assertThat(mvc.perform(get("/admin/account").session(holder)).andReturn().getResponse().getContentAsString())
			.contains("绑定统一身份认证账号").contains("sso-code");
		mvc.perform(post("/admin/account/sso/bind").session(holder).with(csrf()).param("code", code(secret)))
			.andExpect(redirectedUrl("/login/sso/staff"));
		assertThat(signInAtProvider(holder).getResponse().getRedirectedUrl()).isEqualTo("/admin/account?sso=bound");
		assertThat(jdbc.sql("select issuer || ' ' || subject from identity_staff_sso_binding where staff_account = ?")
			.param(editor).query(String.class).single()).isEqualTo(TestOidcProvider.ISSUER + " " + TestOidcProvider.USERNAME);
		assertThat(mvc.perform(get("/admin/account").session(holder)).andReturn().getResponse().getContentAsString())
			.contains("解除绑定");

		// signed in by the provider: the TOTP step, and only after the code the console
		MockHttpSession signedIn = new MockHttpSession();
		MvcResult provider = signInAtProvider(signedIn);
		assertThat(provider.getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
		signedIn = (MockHttpSession) provider.getRequest().getSession();
		mvc.perform(get("/admin").session(signedIn))
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).contains("/login/totp"));
		mvc.perform(get("/admin/account").session(signedIn))
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).contains("/login/totp"));
		clock.advance(Duration.ofSeconds(30));
		// after the code, on to the page first asked for
		mvc.perform(post("/login/totp").session(signedIn).with(csrf()).param("code", code(secret)))
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).contains("/admin/account"));
		mvc.perform(get("/admin").session(signedIn)).andExpect(status().isOk());
		// a session the provider began cannot bind (the password was never given in it)
		mvc.perform(post("/admin/account/sso/bind").session(signedIn).with(csrf()))
			.andExpect(redirectedUrl("/admin/account"));

		// unbound by the holder: the provider's sign-in is refused again
		mvc.perform(post("/admin/account/sso/unbind").session(holder).with(csrf())).andExpect(redirectedUrl("/admin/account"));
		assertThat(signInAtProvider(new MockHttpSession()).getResponse().getRedirectedUrl()).isEqualTo("/login?error=sso-unbound");

		assertThat(audit(username)).contains("account.sso.bind SUCCESS", "login.sso SUCCESS", "login.totp SUCCESS",
				"account.sso.unbind SUCCESS");
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'login.sso' and outcome = 'FAILURE' and detail like ?")
			.param("unbound " + TestOidcProvider.USERNAME + "%").query(Long.class).single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void theThreeAdministratorsNeverSignInThroughTheProvider() throws Exception {
		clock.setTo(LocalDateTime.of(2026, 4, 2, 9, 0, 1));
		jdbc.sql("delete from identity_staff_sso_binding").update();
		String username = TestAccounts.uniqueName("secsso");
		long administrator = accounts.create(username, Grant.platform(StaffRole.SECURITY_ADMIN));
		String secret = enrol(administrator);

		MockHttpSession session = passwordSignIn(username);
		assertThat(session.getAttribute("SPRING_SECURITY_CONTEXT")).isNotNull();
		mvc.perform(post("/login/totp").session(session).with(csrf()).param("code", code(secret)))
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/admin"));
		mvc.perform(post("/admin/account/sso/bind").session(session).with(csrf()))
			.andExpect(redirectedUrl("/admin/account"))
			.andExpect(result -> assertThat(result.getFlashMap().get("errorMessage")).asString().contains("不能绑定"));
		assertThat(jdbc.sql("select count(*) from identity_staff_sso_binding").query(Long.class).single()).isZero();

		// a binding left from before the account became an administrator is ignored
		jdbc.sql("insert into identity_staff_sso_binding (staff_account, issuer, subject, bound_at) values (?, ?, ?, now())")
			.params(administrator, TestOidcProvider.ISSUER, TestOidcProvider.USERNAME).update();
		MvcResult refused = signInAtProvider(new MockHttpSession());
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?error=sso-administrator");
		mvc.perform(get("/admin").session((MockHttpSession) refused.getRequest().getSession()))
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
		assertThat(audit(username)).contains("account.sso.bind FAILURE", "login.sso FAILURE");
		jdbc.sql("delete from identity_staff_sso_binding").update();

		// the security administrator removes an editor's binding from the editor's account page
		long editor = accounts.create(TestAccounts.uniqueName("ssoed"), Grant.site(StaffRole.EDITOR, 5));
		jdbc.sql("insert into identity_staff_sso_binding (staff_account, issuer, subject, bound_at) values (?, ?, ?, now())")
			.params(editor, TestOidcProvider.ISSUER, TestOidcProvider.USERNAME).update();
		assertThat(mvc.perform(get("/admin/accounts/{id}", editor).session(session)).andReturn().getResponse().getContentAsString())
			.contains("解除统一身份认证绑定");
		mvc.perform(post("/admin/accounts/{id}/sso/unbind", editor).session(session).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts/" + editor));
		assertThat(jdbc.sql("select count(*) from identity_staff_sso_binding").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from audit_record where actor = ? and action = 'account.sso.unbind' and object_id = ?")
			.params(username, String.valueOf(editor)).query(Long.class).single()).isEqualTo(1);
	}

	/** The console's session after signing in with the password (and before any code). */
	private MockHttpSession passwordSignIn(String username) throws Exception {
		return (MockHttpSession) mvc
			.perform(post("/login").session(new MockHttpSession()).with(csrf()).param("username", username)
				.param("password", TestAccounts.PASSWORD))
			.andReturn()
			.getRequest()
			.getSession();
	}

	/**
	 * Starts the provider's sign-in from the console, signs in there as {@link TestOidcProvider#USERNAME}
	 * (or finds the provider's session still signed in) and brings the provider's answer back.
	 */
	private MvcResult signInAtProvider(MockHttpSession session) throws Exception {
		String url = mvc.perform(get("/login/sso/staff").session(session)).andReturn().getResponse().getRedirectedUrl();
		assertThat(url).startsWith(TestOidcProvider.ISSUER);
		for (int step = 0; step < 10 && !url.startsWith(CALLBACK); step++) {
			HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() == 200) {
				Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(answer.body());
				assertThat(csrf.find()).as(answer.body()).isTrue();
				String form = "username=" + TestOidcProvider.USERNAME + "&password="
						+ URLEncoder.encode(TestOidcProvider.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
				answer = browser.send(HttpRequest.newBuilder(URI.create(TestOidcProvider.ISSUER + "/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(), HttpResponse.BodyHandlers.ofString());
			}
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
			url = URI.create(url).resolve(answer.headers().firstValue("Location").orElseThrow()).toString();
		}
		assertThat(url).startsWith(CALLBACK);
		return mvc.perform(get(URI.create(url)).session(session)).andReturn();
	}

	private String enrol(long accountId) {
		String secret = credentials.newSecondFactorSecret();
		assertThat(credentials.enrollSecondFactor(accountId, secret, code(secret))).isTrue();
		clock.advance(Duration.ofSeconds(30));
		return secret;
	}

	private String code(String secret) {
		try {
			return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, clock.millis() / 1000 / 30);
		}
		catch (dev.samstevens.totp.exceptions.CodeGenerationException e) {
			throw new IllegalStateException(e);
		}
	}

	private List<String> audit(String username) {
		return jdbc.sql("select action || ' ' || outcome from audit_record where actor = ? order by seq")
			.param(username).query(String.class).list();
	}
}
