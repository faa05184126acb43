package org.govsite.identity;

import java.time.LocalDateTime;

import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@IntegrationTest
class IdentityWorkbenchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	@Autowired
	IdentityManagement identity;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aPasswordAboutToExpireShowsWithItsDate() throws Exception {
		clock.setTo(LocalDateTime.of(2026, 1, 5, 9, 0));
		String username = TestAccounts.uniqueName("wb");
		accounts.create(username, Grant.site(StaffRole.EDITOR, 1));
		clock.setTo(LocalDateTime.of(2026, 3, 30, 9, 0));
		String page = mvc.perform(get("/admin").with(user(username).authorities(
				new org.springframework.security.core.authority.SimpleGrantedAuthority("STAFF"))))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("您的登录密码即将过期").contains("2026-04-05");
	}

	@Test
	@WithMockUser(username = "sec-wb", authorities = { "ROLE_SECURITY_ADMIN", "STAFF" })
	void theSecurityAdministratorSeesAccountsNotYetActivated() throws Exception {
		String username = TestAccounts.uniqueName("pending");
		identity.open(new NewAccount(username, "待激活同事", null, null));
		String page = mvc.perform(get("/admin")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("待激活同事（" + username + "）尚未激活");
	}
}
