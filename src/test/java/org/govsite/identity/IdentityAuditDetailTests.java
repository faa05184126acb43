package org.govsite.identity;

import java.util.List;

import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit records of role grants and policy changes say what changed (issue 9, part 7). */
@IntegrationTest
class IdentityAuditDetailTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithMockUser(username = "sec-detail", authorities = { "ROLE_SECURITY_ADMIN", "STAFF" })
	void aGrantRecordsTheRolesAndScopesGrantedAndRevoked() throws Exception {
		long id = accounts.create(TestAccounts.uniqueName("grantee"), Grant.site(StaffRole.REVIEWER, 2));

		mvc.perform(put("/api/v1/accounts/{id}/grants", id).contentType(MediaType.APPLICATION_JSON)
			.content("[{\"role\":\"EDITOR\",\"siteId\":1,\"channelId\":9}]"))
			.andExpect(status().isOk());
		mvc.perform(post("/admin/accounts/{id}/grants/add", id).with(csrf()).param("role", "LETTER_HANDLER").param("siteId", "4"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/accounts/{id}/grants/remove", id).with(csrf()).param("authority", "site:1:EDITOR:channel:9"))
			.andExpect(status().is3xxRedirection());

		assertThat(details("account", id, "account.grant")).containsExactly(
				"granted site:1:EDITOR:channel:9; revoked site:2:REVIEWER", "granted site:4:LETTER_HANDLER");
		assertThat(details("account", id, "account.revokeRole")).containsExactly("revoked site:1:EDITOR:channel:9");
	}

	@Test
	@WithMockUser(username = "sec-policy", authorities = { "ROLE_SECURITY_ADMIN", "STAFF" })
	void aPolicyChangeRecordsEachFieldBeforeAndAfter() throws Exception {
		try {
			mvc.perform(post("/admin/security-policy").with(csrf())
				.param("passwordMaxAgeDays", "60").param("passwordHistorySize", "5").param("maxFailedAttempts", "5")
				.param("lockoutMinutes", "15").param("idleTimeoutMinutes", "30").param("totpRoles", "REVIEWER")
				.param("apiTokenMaxDays", "30").param("separatedRoles", "EDITOR+REVIEWER"))
				.andExpect(status().is3xxRedirection());
			List<String> details = jdbc.sql("""
					select detail from audit_record where actor = 'sec-policy' and action = 'security.policy'
					and outcome = 'SUCCESS' order by seq desc limit 1""")
				.query(String.class)
				.list();
			assertThat(details).singleElement().isEqualTo(
					"passwordMaxAgeDays: 90 → 60; totpRoles: [] → [REVIEWER]; apiTokenMaxDays: 90 → 30");
		}
		finally {
			jdbc.sql("""
					update security_policy set password_max_age_days = 90, totp_roles = '', api_token_max_days = 90,
					administrator_tokens = false, separated_role_pairs = 'EDITOR+REVIEWER' where id = 1""").update();
		}
	}

	private List<String> details(String objectType, long id, String action) {
		return jdbc.sql("""
				select coalesce(detail, '') from audit_record
				where object_type = ? and object_id = ? and action = ? and outcome = 'SUCCESS' order by seq""")
			.params(objectType, String.valueOf(id), action)
			.query(String.class)
			.list();
	}
}
