package org.govsite.identity;

import java.time.Duration;
import java.time.LocalDateTime;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Administrators (and roles the policy names) sign in with a password and a TOTP code. */
@IntegrationTest
class SecondFactorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anAdministratorEnrolsAnAuthenticatorAndThenNeedsItsCodes() throws Exception {
		clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0, 1));
		String username = TestAccounts.uniqueName("audit");
		accounts.create(username, Grant.platform(StaffRole.AUDIT_ADMIN));

		MockHttpSession session = passwordStep(username);
		mvc.perform(get("/admin").session(session))
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).contains("/login/totp"));
		String page = mvc.perform(get("/login/totp").session(session)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("扫描").contains("data:image/png;base64,");
		String secret = (String) session.getAttribute("org.govsite.identity.web.SignInController.secret");

		mvc.perform(post("/login/totp").session(session).with(csrf()).param("code", "000000"))
			.andExpect(status().isOk());
		mvc.perform(post("/login/totp").session(session).with(csrf()).param("code", code(secret)))
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).contains("/admin"));
		mvc.perform(get("/admin").session(session)).andExpect(status().isOk());

		// Next sign-in, same 30-second step: the code already used is refused.
		MockHttpSession second = passwordStep(username);
		mvc.perform(post("/login/totp").session(second).with(csrf()).param("code", code(secret)))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("动态口令不正确或已使用过"));
		clock.advance(Duration.ofSeconds(30));
		mvc.perform(post("/login/totp").session(second).with(csrf()).param("code", code(secret)))
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/admin"));
		mvc.perform(get("/admin").session(second)).andExpect(status().isOk());
	}

	@Test
	void wrongCodesCountTowardTheLockout() throws Exception {
		clock.setTo(LocalDateTime.of(2026, 3, 3, 9, 0, 1));
		String username = TestAccounts.uniqueName("sys");
		accounts.create(username, Grant.platform(StaffRole.SYSTEM_ADMIN));
		MockHttpSession session = passwordStep(username);
		mvc.perform(get("/login/totp").session(session));
		String secret = (String) session.getAttribute("org.govsite.identity.web.SignInController.secret");
		mvc.perform(post("/login/totp").session(session).with(csrf()).param("code", code(secret)))
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/admin"));

		clock.advance(Duration.ofMinutes(1));
		MockHttpSession attacker = passwordStep(username);
		for (int attempt = 1; attempt <= 4; attempt++) {
			mvc.perform(post("/login/totp").session(attacker).with(csrf()).param("code", "111111")).andExpect(status().isOk());
		}
		mvc.perform(post("/login/totp").session(attacker).with(csrf()).param("code", "111111"))
			.andExpect(redirectedUrl("/login?error=locked"));
	}

	@Test
	void anEditorSignsInWithoutASecondFactorUntilThePolicyAsksForIt() throws Exception {
		String username = TestAccounts.uniqueName("ed");
		accounts.create(username, Grant.site(StaffRole.EDITOR, 5));
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/admin"));
	}

	private MockHttpSession passwordStep(String username) throws Exception {
		MockHttpSession session = new MockHttpSession();
		return (MockHttpSession) mvc
			.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login/totp"))
			.andReturn()
			.getRequest()
			.getSession();
	}

	private String code(String secret) throws Exception {
		return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, clock.millis() / 1000 / 30);
	}
}
