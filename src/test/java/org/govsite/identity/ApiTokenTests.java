package org.govsite.identity;

import org.govsite.identity.internal.IssuedTokens;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
