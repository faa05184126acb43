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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Signing in to the console: passwords, waits after wrong ones, expiry. */
@IntegrationTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	static final String HOLDER = "10.20.0.7";

	static final String STRANGER = "198.51.100.66";

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
	void fiveWrongPasswordsMakeThatAddressWaitButNeverLockTheHolderOut() throws Exception {
		clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
		String username = TestAccounts.uniqueName("guessed");
		accounts.create(username, Grant.site(StaffRole.EDITOR, 1));
		for (int attempt = 1; attempt <= 4; attempt++) {
			signIn(username, "Wrong#2026xyz", STRANGER, "/login?error=bad");
		}
		signIn(username, "Wrong#2026xyz", STRANGER, "/login?error=wait");
		// even the right password waits at that address: guessing stays slow
		signIn(username, TestAccounts.PASSWORD, STRANGER, "/login?error=wait");
		// the holder, at their own desk, is not locked out by the stranger
		signIn(username, TestAccounts.PASSWORD, HOLDER, "/admin");
		clock.advance(Duration.ofSeconds(61));
		signIn(username, TestAccounts.PASSWORD, STRANGER, "/admin");
	}

	@Test
	void eachFurtherFailureDoublesTheWait() throws Exception {
		clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
		String username = TestAccounts.uniqueName("doubled");
		accounts.create(username, Grant.site(StaffRole.EDITOR, 1));
		for (int attempt = 1; attempt <= 5; attempt++) {
			signIn(username, "Wrong#2026xyz", STRANGER, attempt < 5 ? "/login?error=bad" : "/login?error=wait");
		}
		clock.advance(Duration.ofSeconds(61));
		signIn(username, "Wrong#2026xyz", STRANGER, "/login?error=wait");
		clock.advance(Duration.ofSeconds(90));
		signIn(username, TestAccounts.PASSWORD, STRANGER, "/login?error=wait");
		clock.advance(Duration.ofSeconds(31));
		signIn(username, TestAccounts.PASSWORD, STRANGER, "/admin");
	}

	@Test
	void aKnownAndAnUnknownNameGetTheSameAnswers() throws Exception {
		clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
		String known = TestAccounts.uniqueName("known");
		accounts.create(known, Grant.site(StaffRole.EDITOR, 1));
		String unknown = TestAccounts.uniqueName("nobody");
		for (int attempt = 1; attempt <= 7; attempt++) {
			String knownAnswer = answer(known, "Wrong#2026xyz", STRANGER);
			assertThat(answer(unknown, "Wrong#2026xyz", STRANGER)).as("attempt %d", attempt).isEqualTo(knownAnswer);
		}
	}

	@Test
	void aDisabledAccountSaysSoOnlyToWhoeverKnowsItsPassword() throws Exception {
		String username = TestAccounts.uniqueName("disabled");
		long id = accounts.create(username, Grant.site(StaffRole.EDITOR, 1));
		accounts.disable(id);
		signIn(username, "Wrong#2026xyz", HOLDER, "/login?error=bad");
		signIn(username, TestAccounts.PASSWORD, HOLDER, "/login?error=disabled");
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
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("密码至少 12 位")
				.contains("两次输入的密码不一致"));

		mvc.perform(post("/admin/account/password").session(session).with(csrf())
			.param("current", TestAccounts.PASSWORD).param("password", "Fresh#2026xq").param("confirmation", "Fresh#2026xq"))
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
		return signIn(username, password, HOLDER, expectedRedirect);
	}

	private MockHttpSession signIn(String username, String password, String address, String expectedRedirect)
			throws Exception {
		MockHttpSession session = new MockHttpSession();
		MvcResult result = mvc.perform(post("/login").session(session).with(csrf()).with(from(address))
				.param("username", username).param("password", password))
			.andExpect(redirectedUrl(expectedRedirect))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession();
	}

	private String answer(String username, String password, String address) throws Exception {
		return mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", username).param("password", password))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
