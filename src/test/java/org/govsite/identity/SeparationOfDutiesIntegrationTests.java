package org.govsite.identity;

import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 三员分立 over HTTP: each administrator is refused the others' powers. */
@IntegrationTest
class SeparationOfDutiesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	@WithMockUser(username = "sys", authorities = { "ROLE_SYSTEM_ADMIN", "STAFF" })
	void theSystemAdministratorManagesNoAccountsAndNoPolicy() throws Exception {
		mvc.perform(get("/admin/accounts")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/accounts/new").with(csrf()).param("username", "intruder1").param("displayName", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/security-policy").with(csrf()).param("passwordMaxAgeDays", "365"))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "audit", authorities = { "ROLE_AUDIT_ADMIN", "STAFF" })
	void theAuditAdministratorChangesNoAccounts() throws Exception {
		mvc.perform(get("/admin/accounts")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"intruder2\",\"displayName\":\"x\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	@WithMockUser(username = "sec", authorities = { "ROLE_SECURITY_ADMIN", "STAFF" })
	void theSecurityAdministratorKeepsTheThreeApart() throws Exception {
		String username = TestAccounts.uniqueName("target");
		long id = accounts.create(username, Grant.site(StaffRole.EDITOR, 1));
		mvc.perform(put("/api/v1/accounts/{id}/grants", id).contentType(MediaType.APPLICATION_JSON)
			.content("[{\"role\":\"SYSTEM_ADMIN\"},{\"role\":\"EDITOR\",\"siteId\":1}]"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("三员分立：系统管理员不能兼任其他任何角色。"));
		mvc.perform(put("/api/v1/accounts/{id}/grants", id).contentType(MediaType.APPLICATION_JSON)
			.content("[{\"role\":\"REVIEWER\",\"siteId\":1,\"channelId\":8},{\"role\":\"EDITOR\",\"siteId\":1,\"channelId\":9}]"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grants.length()").value(2));
	}

	@Test
	void theSecurityAdministratorCannotChangeTheirOwnRoles() throws Exception {
		String username = TestAccounts.uniqueName("secself");
		long id = accounts.create(username, Grant.platform(StaffRole.SECURITY_ADMIN));
		mvc.perform(put("/api/v1/accounts/{id}/grants", id)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(username)
				.authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_SECURITY_ADMIN"),
						new org.springframework.security.core.authority.SimpleGrantedAuthority("STAFF")))
			.contentType(MediaType.APPLICATION_JSON)
			.content("[{\"role\":\"SECURITY_ADMIN\"},{\"role\":\"EDITOR\",\"siteId\":1}]"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("identity.account.notYourself"));
	}

	@Test
	@WithMockUser(username = "editor", authorities = { "site:1:EDITOR", "STAFF" })
	void aSiteRoleReachesNoAdministratorPage() throws Exception {
		mvc.perform(get("/admin/accounts")).andExpect(status().isForbidden());
		mvc.perform(get("/admin/security-policy")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/accounts")).andExpect(status().isForbidden());
	}
}
