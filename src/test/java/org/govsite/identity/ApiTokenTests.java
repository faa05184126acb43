package org.govsite.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.govsite.identity.internal.IssuedTokens;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** API tokens carry their account's scope and stop working when revoked. */
@IntegrationTest
class ApiTokenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	IssuedTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTokenActsAsItsAccountUntilRevoked() throws Exception {
		String username = TestAccounts.uniqueName("api");
		long id = accounts.create(username, Grant.site(StaffRole.EDITOR, 3));
		IssuedToken token = tokens.issue(id, "部署脚本", null);

		mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.grants[0].role").value("EDITOR"))
			.andExpect(jsonPath("$.passwordHash").doesNotExist());

		mvc.perform(get("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, "Bearer " + token.token()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		mvc.perform(delete("/api/v1/me/tokens/{id}", token.id()).header(HttpHeaders.AUTHORIZATION, "Bearer " + token.token()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token.token()))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void theAccountPageListsTokensWithARevokeButton() throws Exception {
		String username = TestAccounts.uniqueName("page");
		long id = accounts.create(username, Grant.site(StaffRole.EDITOR, 3));
		IssuedToken token = tokens.issue(id, "统计脚本", null);
		String page = mvc.perform(get("/admin/account").with(org.springframework.security.test.web.servlet.request
			.SecurityMockMvcRequestPostProcessors.user(username).authorities(
					new org.springframework.security.core.authority.SimpleGrantedAuthority("STAFF"))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		org.assertj.core.api.Assertions.assertThat(page).contains("统计脚本")
			.contains("action=\"/admin/account/tokens/" + token.id() + "/revoke\"")
			.doesNotContain(token.token());
	}

	@Test
	void theApiTakesNoCookiesAndNoUnknownTokens() throws Exception {
		mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer gst_notatoken"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenStopsWhenItsAccountsPasswordHasExpired() throws Exception {
		long id = accounts.create(TestAccounts.uniqueName("old"), Grant.site(StaffRole.EDITOR, 3));
		IssuedToken token = tokens.issue(id, "脚本", Instant.now().plus(Duration.ofDays(30)));
		mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token.token())).andExpect(status().isOk());

		jdbc.sql("update staff_account set password_changed_at = ? where id = ?")
			.params(Timestamp.from(Instant.now().minus(Duration.ofDays(91))), id)
			.update();
		mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token.token()))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aTokenStopsWhenItsAccountIsLockedOrDisabled() throws Exception {
		long id = accounts.create(TestAccounts.uniqueName("lock"), Grant.site(StaffRole.EDITOR, 3));
		IssuedToken token = tokens.issue(id, "脚本", Instant.now().plus(Duration.ofDays(30)));
		jdbc.sql("update staff_account set locked_until = ? where id = ?")
			.params(Timestamp.from(Instant.now().plus(Duration.ofMinutes(15))), id)
			.update();
		mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token.token()))
			.andExpect(status().isUnauthorized());
		jdbc.sql("update staff_account set locked_until = null, enabled = false where id = ?").param(id).update();
		mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token.token()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenLivesNoLongerThanThePolicyAllows() throws Exception {
		long id = accounts.create(TestAccounts.uniqueName("long"), Grant.site(StaffRole.EDITOR, 3));
		IssuedToken token = tokens.issue(id, "旧令牌", null);
		jdbc.sql("update api_token set created_at = ? where id = ?")
			.params(Timestamp.from(Instant.now().minus(Duration.ofDays(91))), token.id())
			.update();
		mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token.token()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenThatNeverExpiresOrOutlivesThePolicyIsRefused() throws Exception {
		long id = accounts.create(TestAccounts.uniqueName("ask"), Grant.site(StaffRole.EDITOR, 3));
		IssuedToken token = tokens.issue(id, "first", Instant.now().plus(Duration.ofDays(30)));
		mvc.perform(post("/api/v1/me/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token.token())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"永久\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("按安全策略，API 令牌必须设置有效期，最长 90 天。"));
		mvc.perform(post("/api/v1/me/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token.token())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"十年\",\"validDays\":3650}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("按安全策略，API 令牌的有效期最长 90 天。"));
		mvc.perform(get("/api/v1/me/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token.token()))
			.andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void administratorsGetNoTokensUnlessThePolicyPermitsThem() throws Exception {
		String username = TestAccounts.uniqueName("sysapi");
		long id = accounts.create(username, Grant.platform(StaffRole.SYSTEM_ADMIN));
		IssuedToken token = tokens.issue(id, "运维脚本", Instant.now().plus(Duration.ofDays(30)));
		mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token.token()))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/admin/account/tokens").with(org.springframework.security.test.web.servlet.request
			.SecurityMockMvcRequestPostProcessors.user(username).authorities(
					new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_SYSTEM_ADMIN"),
					new org.springframework.security.core.authority.SimpleGrantedAuthority("STAFF")))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("name", "运维脚本").param("validDays", "30"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("errorMessage", "按安全策略，系统管理员、安全管理员和审计管理员不得使用 API 令牌。"));

		jdbc.sql("update security_policy set administrator_tokens = true where id = 1").update();
		try {
			mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token.token()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.username").value(username));
		}
		finally {
			jdbc.sql("update security_policy set administrator_tokens = false where id = 1").update();
		}
	}

	@Test
	void aTokenHolderIssuesAnotherTokenShownOnce() throws Exception {
		String username = TestAccounts.uniqueName("api2");
		long id = accounts.create(username, Grant.site(StaffRole.REVIEWER, 3));
		IssuedToken token = tokens.issue(id, "first", null);
		mvc.perform(post("/api/v1/me/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token.token())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"第二个\",\"validDays\":30}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.token").value(org.hamcrest.Matchers.startsWith("gst_")));
		mvc.perform(get("/api/v1/me/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token.token()))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].token").doesNotExist());
	}
}
