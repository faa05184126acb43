package org.govsite.report;

import org.govsite.identity.StaffRole;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 统计报表 leads the system administrator to the annual report's form (年度报表格式), which only they change. */
@IntegrationTest
class ReportsPageTests {

	private static final String FORM_LINK = "href=\"/admin/reports/annual/template\"";

	@Autowired
	MockMvc mvc;

	@Test
	void theSystemAdministratorReachesTheAnnualReportsFormFromTheReportsPage() throws Exception {
		mvc.perform(get("/admin/reports").with(user("reports-admin").authorities(new SimpleGrantedAuthority("STAFF"),
				new SimpleGrantedAuthority(StaffRole.SYSTEM_ADMIN.authority()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(FORM_LINK)));
		mvc.perform(get("/admin/reports/annual/template").with(user("reports-admin").authorities(
				new SimpleGrantedAuthority("STAFF"), new SimpleGrantedAuthority(StaffRole.SYSTEM_ADMIN.authority()))))
			.andExpect(status().isOk());
		mvc.perform(get("/admin/reports").with(user("reports-manager").authorities(new SimpleGrantedAuthority("STAFF"),
				new SimpleGrantedAuthority(StaffRole.SITE_MANAGER.forSite(1)))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(FORM_LINK))));
	}
}
