package org.govsite.identity;

import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The security administrator opens accounts; holders set their own passwords. */
@IntegrationTest
class AccountAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	@WithMockUser(username = "secadmin-test", authorities = { "ROLE_SECURITY_ADMIN", "STAFF" })
	void theConsoleShowsErrorsBesideTheirFields() throws Exception {
		String page = mvc.perform(post("/admin/accounts/new").with(csrf()).param("username", "1bad").param("displayName", "")
			.param("email", "not-an-email"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("用户名须以字母开头").contains("邮箱格式不正确").contains("value=\"1bad\"");
	}

	@Test
	@WithMockUser(username = "secadmin-test", authorities = { "ROLE_SECURITY_ADMIN", "STAFF" })
	void anOpenedAccountIsActivatedByItsHolderThroughTheLink() throws Exception {
		String username = TestAccounts.uniqueName("new");
		String answer = mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"displayName\":\"新同事\",\"unit\":\"县政府办\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.link").value(org.hamcrest.Matchers.containsString("/activate/")))
			.andReturn().getResponse().getContentAsString();
		String link = JsonPath.read(answer, "$.link");
		String path = link.substring(link.indexOf("/activate/"));

		mvc.perform(get(path).with(anonymous())).andExpect(status().isOk());
		mvc.perform(post(path).with(anonymous()).with(csrf()).param("password", username).param("confirmation", username))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("密码不能与用户名相同"));
		mvc.perform(post(path).with(anonymous()).with(csrf()).param("password", "Mine#2026okq").param("confirmation", "Mine#2026okq"))
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get(path).with(anonymous()))
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("该链接无效或已过期"));

		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/login").session(session).with(anonymous()).with(csrf()).param("username", username).param("password", "Mine#2026okq"))
			.andExpect(redirectedUrl("/admin"));
	}

	@Test
	@WithMockUser(username = "secadmin-test", authorities = { "ROLE_SECURITY_ADMIN", "STAFF" })
	void theGrantFormOffersEditorFirstNotTheSystemAdministrator(@Autowired TestAccounts accounts) throws Exception {
		long id = accounts.create(TestAccounts.uniqueName("grantee"));
		String page = mvc.perform(get("/admin/accounts/{id}", id)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<option value=\"EDITOR\" selected=\"selected\">")
			.doesNotContain("<option value=\"SYSTEM_ADMIN\" selected=\"selected\">");
	}
}
