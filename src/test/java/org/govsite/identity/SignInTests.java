package org.govsite.identity;

import java.time.Duration;
import java.time.LocalDateTime;

import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Signing in to the console: passwords, lockout, expiry. */
@IntegrationTest
class SignInTests {

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
	void anEditorSignsInWithAPasswordAndReachesTheWorkbench() throws Exception {
		String username = TestAccounts.uniqueName("editor");
		accounts.create(username, Grant.site(StaffRole.EDITOR, 1));
		MockHttpSession session = signIn(username, TestAccounts.PASSWORD, "/admin");
		mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
	}

	@Test
	void theConsoleSendsAStrangerToTheSignInPage() throws Exception {
		mvc.perform(get("/admin/accounts")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void fiveWrongPasswordsLockTheAccountFor15Minutes() throws Exception {
		clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
		String username = TestAccounts.uniqueName("locked");
		accounts.create(username, Grant.site(StaffRole.EDITOR, 1));
		for (int attempt = 1; attempt <= 4; attempt++) {
			signIn(username, "Wrong#2026", "/login?error=bad");
		}
		signIn(username, "Wrong#2026", "/login?error=locked");
		signIn(username, TestAccounts.PASSWORD, "/login?error=locked");
		clock.advance(Duration.ofMinutes(16));
		signIn(username, TestAccounts.PASSWORD, "/admin");
	}

	@Test
	void anExpiredPasswordMustBeChangedBeforeAnythingElse() throws Exception {
		clock.setTo(LocalDateTime.of(2026, 1, 5, 9, 0));
		String username = TestAccounts.uniqueName("expired");
		accounts.create(username, Grant.site(StaffRole.REVIEWER, 1));
		clock.setTo(LocalDateTime.of(2026, 4, 7, 9, 0));
		MockHttpSession session = signIn(username, TestAccounts.PASSWORD, "/admin");
		mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/admin/account/password"));

		mvc.perform(post("/admin/account/password").session(session).with(csrf())
			.param("current", TestAccounts.PASSWORD).param("password", TestAccounts.PASSWORD).param("confirmation", TestAccounts.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("不能使用最近用过的密码"));

		mvc.perform(post("/admin/account/password").session(session).with(csrf())
			.param("current", TestAccounts.PASSWORD).param("password", "short").param("confirmation", "other"))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("密码至少 8 位")
				.contains("两次输入的密码不一致"));

		mvc.perform(post("/admin/account/password").session(session).with(csrf())
			.param("current", TestAccounts.PASSWORD).param("password", "Fresh#2026x").param("confirmation", "Fresh#2026x"))
			.andExpect(redirectedUrl("/admin"));
		mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
	}

	@Test
	void theSessionTakesThePolicysIdleTimeout() throws Exception {
		String username = TestAccounts.uniqueName("idle");
		accounts.create(username, Grant.site(StaffRole.EDITOR, 1));
		MockHttpSession session = signIn(username, TestAccounts.PASSWORD, "/admin");
		assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);
	}

	private MockHttpSession signIn(String username, String password, String expectedRedirect) throws Exception {
		MockHttpSession session = new MockHttpSession();
		MvcResult result = mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", password))
			.andExpect(redirectedUrl(expectedRedirect))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession();
	}
}
