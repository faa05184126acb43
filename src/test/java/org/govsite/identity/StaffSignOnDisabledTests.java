package org.govsite.identity;

import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Staff sign-in through the provincial platform is off by default: no button, and its addresses are 找不到. */
@IntegrationTest
class StaffSignOnDisabledTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void offByDefault() throws Exception {
		String page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain("统一身份认证登录").doesNotContain("id=\"sso\"");
		mvc.perform(get("/login/sso/staff")).andExpect(status().isNotFound());
		mvc.perform(get("/login/sso/code/staff").param("code", "x").param("state", "y")).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(username = "nobody", authorities = StaffRole.STAFF_AUTHORITY)
	void theAccountPagesOfferNoBinding() throws Exception {
		mvc.perform(post("/admin/account/sso/bind").with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/admin/account/sso/unbind").with(csrf())).andExpect(status().isNotFound());
	}
}
