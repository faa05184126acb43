package org.govsite.identity;

import org.govsite.content.ContentFixtures;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** 我的账号 names the sites of one's roles, not their numbers. */
@IntegrationTest
class MyAccountPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ContentFixtures fixtures;

	@Test
	void theRolesShowTheSitesName() throws Exception {
		long site = fixtures.portal();
		String username = TestAccounts.uniqueName("editor");
		accounts.create(username, Grant.site(StaffRole.EDITOR, site));
		String page = mvc.perform(get("/admin/account").with(user(username)
				.authorities(AuthorityUtils.createAuthorityList(StaffRole.EDITOR.forSite(site), StaffRole.STAFF_AUTHORITY))))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("编辑 · 测试网站").doesNotContain("站点 #" + site);
	}
}
