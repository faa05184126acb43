package org.govsite.site.web;

import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.govsite.site.web.SiteTestData.admin;
import static org.govsite.site.web.SiteTestData.editor;
import static org.govsite.site.web.SiteTestData.manager;
import static org.govsite.site.web.SiteTestData.staff;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may read what of the site group (README, "Who may read what"): a site's own records only its
 * staff and the three administrators; the directory of sites every staff member.
 */
@IntegrationTest
class SiteReadAccessTests {

	static final String[] RECORDS = { "", "/history", "/change-records", "/notices", "/reporting-tasks",
			"/new-media-accounts" };

	@Autowired
	MockMvc mvc;

	long siteA;

	long siteB;

	@BeforeEach
	void twoSites() throws Exception {
		SiteApi api = new SiteApi(mvc);
		siteA = api.approvedSite(true);
		siteB = api.approvedSite(true);
	}

	@Test
	void theManagerOfOneSiteCannotReadAnothersRegistrationOrRecords() throws Exception {
		for (String records : RECORDS) {
			mvc.perform(get("/api/v1/sites/" + siteB + records).with(manager(siteA)))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			mvc.perform(get("/api/v1/sites/" + siteA + records).with(manager(siteA))).andExpect(status().isOk());
		}
		mvc.perform(get("/admin/sites/" + siteB).with(manager(siteA))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/sites/" + siteA).with(manager(siteA))).andExpect(status().isOk());
	}

	@Test
	void theConsolesSiteListLinksOnlyTheSitesTheUserMayOpen() throws Exception {
		mvc.perform(get("/admin/sites").with(manager(siteA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/sites/" + siteA + "\"")))
			.andExpect(content().string(not(containsString("href=\"/admin/sites/" + siteB + "\""))));
		mvc.perform(get("/admin/sites").with(admin()))
			.andExpect(content().string(containsString("href=\"/admin/sites/" + siteB + "\"")));
	}

	@Test
	void staffOfSomeChannelsOfASiteReadThatSiteOnly() throws Exception {
		RequestPostProcessor channelEditor = staff("channel.editor" + siteA, "site:" + siteA + ":EDITOR:channel:1");
		mvc.perform(get("/api/v1/sites/" + siteA + "/history").with(channelEditor)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/sites/" + siteB + "/history").with(channelEditor)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/sites/" + siteB).with(editor(siteA))).andExpect(status().isForbidden());
	}

	@Test
	void theThreeAdministratorsReadEverySite() throws Exception {
		for (String role : new String[] { "ROLE_SYSTEM_ADMIN", "ROLE_SECURITY_ADMIN", "ROLE_AUDIT_ADMIN" }) {
			RequestPostProcessor administrator = user(role.toLowerCase()).authorities(new SimpleGrantedAuthority(role),
					new SimpleGrantedAuthority("STAFF"));
			for (String records : RECORDS) {
				mvc.perform(get("/api/v1/sites/" + siteB + records).with(administrator)).andExpect(status().isOk());
			}
		}
	}

	@Test
	void everyStaffMemberReadsTheDirectoryOfSites() throws Exception {
		mvc.perform(get("/api/v1/sites").with(manager(siteA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem((int) siteB)));
		mvc.perform(get("/api/v1/sites").with(admin())).andExpect(status().isOk());
	}
}
