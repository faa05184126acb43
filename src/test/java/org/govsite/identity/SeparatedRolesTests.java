package org.govsite.identity;

import org.govsite.platform.RunAs;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Roles that should not meet (issue 9, part 8): an editor does not also review the same channels. */
@IntegrationTest
@WithMockUser(username = "sec-pairs", authorities = { "ROLE_SECURITY_ADMIN", "STAFF" })
class SeparatedRolesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdentityManagement identity;

	@Test
	void anEditorIsNotAlsoAReviewerOfTheSameChannels() throws Exception {
		long id = accounts.create(TestAccounts.uniqueName("both"), Grant.site(StaffRole.EDITOR, 1));

		mvc.perform(put("/api/v1/accounts/{id}/grants", id).contentType(MediaType.APPLICATION_JSON)
			.content("[{\"role\":\"EDITOR\",\"siteId\":1},{\"role\":\"REVIEWER\",\"siteId\":1,\"channelId\":9}]"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("identity.role.notCombinable"))
			.andExpect(jsonPath("$.detail").value("按安全策略，同一账号不得在相同站点或栏目同时担任编辑和审核员（不能既编写又审核同一稿件）。"));
		mvc.perform(post("/admin/accounts/{id}/grants/add", id).with(csrf()).param("role", "REVIEWER").param("siteId", "1"))
			.andExpect(flash().attribute("errorMessage",
					"按安全策略，同一账号不得在相同站点或栏目同时担任编辑和审核员（不能既编写又审核同一稿件）。"));
		assertThat(RunAs.actor("test", () -> identity.account(id), StaffRole.SECURITY_ADMIN.authority()).grants())
			.containsExactly(Grant.site(StaffRole.EDITOR, 1));
	}

	@Test
	void scopesThatDoNotOverlapMayBeCombined() throws Exception {
		long id = accounts.create(TestAccounts.uniqueName("apart"), Grant.channel(StaffRole.EDITOR, 1, 8));

		mvc.perform(put("/api/v1/accounts/{id}/grants", id).contentType(MediaType.APPLICATION_JSON)
			.content("[{\"role\":\"EDITOR\",\"siteId\":1,\"channelId\":8},{\"role\":\"REVIEWER\",\"siteId\":1,\"channelId\":9},"
					+ "{\"role\":\"REVIEWER\",\"siteId\":2}]"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grants.length()").value(3));
	}

	@Test
	void aSiteMayAllowThePairInItsSecurityPolicy() throws Exception {
		long id = accounts.create(TestAccounts.uniqueName("small"), Grant.site(StaffRole.EDITOR, 1));
		try {
			mvc.perform(post("/admin/security-policy").with(csrf())
				.param("passwordMaxAgeDays", "90").param("passwordHistorySize", "5").param("maxFailedAttempts", "5")
				.param("lockoutMinutes", "15").param("idleTimeoutMinutes", "30").param("apiTokenMaxDays", "90"))
				.andExpect(status().is3xxRedirection());
			assertThat(jdbc.sql("select separated_role_pairs from security_policy").query(String.class).single()).isEmpty();
			mvc.perform(put("/api/v1/accounts/{id}/grants", id).contentType(MediaType.APPLICATION_JSON)
				.content("[{\"role\":\"EDITOR\",\"siteId\":1},{\"role\":\"REVIEWER\",\"siteId\":1}]"))
				.andExpect(status().isOk());
		}
		finally {
			jdbc.sql("update security_policy set separated_role_pairs = 'EDITOR+REVIEWER' where id = 1").update();
		}
	}

	@Test
	void thePolicyPageOffersThePairsCheckedByDefault() throws Exception {
		String page = mvc.perform(get("/admin/security-policy")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("同一站点或栏目内不得兼任的角色").contains("编辑 + 审核员")
			.containsPattern("value=\"EDITOR\\+REVIEWER\"[^>]*checked")
			.contains("API 令牌最长有效期（天）").contains("允许三员使用 API 令牌");
	}

	@Test
	void anOutOfRangeTokenLifetimeIsShownBesideItsField() throws Exception {
		String page = mvc.perform(post("/admin/security-policy").with(csrf())
			.param("passwordMaxAgeDays", "90").param("passwordHistorySize", "5").param("maxFailedAttempts", "5")
			.param("lockoutMinutes", "15").param("idleTimeoutMinutes", "30").param("apiTokenMaxDays", "0"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"apiTokenMaxDays-error\"");
	}
}
