package org.govsite.site.web;

import static org.govsite.site.web.SiteTestData.admin;
import static org.govsite.site.web.SiteTestData.editor;
import static org.govsite.site.web.SiteTestData.manager;
import static org.govsite.site.web.SiteTestData.secondAdmin;
import static org.govsite.site.web.SiteTestData.secondManager;
import static org.govsite.site.web.SiteTestData.unique;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 政务新媒体 accounts under a site: one per unit per platform, with the sites' lifecycle. */
@IntegrationTest
class NewMediaAccountIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aSiteManagerRegistersAnAccountWhichFollowsTheLifecycle() throws Exception {
		SiteApi api = new SiteApi(mvc);
		long site = api.createSite(false);
		String owner = unique("示例县融媒体中心");

		mvc.perform(account(site, owner, "weibo.com/example").with(manager(site)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "url", "site.account.url.invalid"))
			.andExpect(content().string(containsString("value=\"" + owner + "\"")));
		String location = mvc.perform(account(site, owner, "https://weibo.com/example").with(manager(site)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/admin/sites/" + site + "/new-media/*"))
			.andReturn().getResponse().getRedirectedUrl();
		long accountId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		mvc.perform(account(site, owner, "https://weibo.com/other").with(manager(site)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "ownerUnit", "site.account.taken"));

		api.accountStep(site, accountId, "approve", "", secondManager(site)).andExpect(status().isOk());
		api.accountStep(site, accountId, "go-online", "", admin()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("site.lifecycle.notAllowed"));
		api.accountStep(site, accountId, "approve", "", secondAdmin()).andExpect(status().isOk())
			.andExpect(jsonPath("$.lifecycle.state").value("APPROVED"));
		api.accountStep(site, accountId, "go-online", "", admin()).andExpect(status().isOk())
			.andExpect(jsonPath("$.lifecycle.state").value("ONLINE"));

		mvc.perform(get("/admin/sites/" + site + "/new-media/" + accountId).with(editor(site)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("微博")))
			.andExpect(content().string(containsString("运行中")));
		mvc.perform(get("/api/v1/sites/" + site + "/new-media-accounts").with(editor(site)))
			.andExpect(jsonPath("$[0].data.ownerUnit").value(owner))
			.andExpect(jsonPath("$[0].lifecycle.state").value("ONLINE"));
		mvc.perform(get("/api/v1/sites/" + site + "/reporting-tasks").with(admin()))
			.andExpect(jsonPath("$[0].accountId").value(accountId));
	}

	@Test
	void anAccountWithoutItsAddressCannotGoOnline() throws Exception {
		SiteApi api = new SiteApi(mvc);
		long site = api.createSite(false);
		String body = mvc.perform(post("/api/v1/sites/" + site + "/new-media-accounts").with(manager(site))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"platform\": \"DOUYIN\", \"name\": \"示例发布\", \"ownerUnit\": \"" + unique("单位") + "\"}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long accountId = ((Number) JsonPath.read(body, "$.id")).longValue();
		api.accountStep(site, accountId, "approve", "", secondManager(site));
		api.accountStep(site, accountId, "approve", "", secondAdmin());
		api.accountStep(site, accountId, "go-online", "", admin()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.missing[0]").value("ACCOUNT_URL"))
			.andExpect(jsonPath("$.detail", containsString("账号地址")));
	}

	@Test
	void theManagerOfAnotherSiteCannotRegisterAnAccountHere() throws Exception {
		SiteApi api = new SiteApi(mvc);
		long site = api.createSite(false);
		long other = api.createSite(false);
		mvc.perform(account(site, unique("单位"), "https://weibo.com/x").with(manager(other)))
			.andExpect(status().isForbidden());
	}

	private static MockHttpServletRequestBuilder account(long site, String owner, String url) {
		return post("/admin/sites/" + site + "/new-media").with(csrf())
			.param("platform", "WEIBO")
			.param("name", "示例发布")
			.param("ownerUnit", owner)
			.param("url", url);
	}
}
