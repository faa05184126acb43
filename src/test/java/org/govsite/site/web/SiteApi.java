package org.govsite.site.web;

import static org.govsite.site.web.SiteTestData.admin;
import static org.govsite.site.web.SiteTestData.manager;
import static org.govsite.site.web.SiteTestData.secondAdmin;
import static org.govsite.site.web.SiteTestData.departmentJson;
import static org.govsite.site.web.SiteTestData.siteJson;
import static org.govsite.site.web.SiteTestData.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Sites made and moved through the API, for the tests that need one in a given state. */
record SiteApi(MockMvc mvc) {

	long createSite(boolean complete) throws Exception {
		return create(siteJson(unique("测试站点"), complete));
	}

	/** A department site under the portal, online: one that may be closed. */
	long onlineDepartment(long portalId) throws Exception {
		long site = create(departmentJson(unique("测试部门网站"), portalId));
		step(site, "approve", "{}", manager(site)).andExpect(status().isOk());
		step(site, "approve", "{}", secondAdmin()).andExpect(status().isOk());
		step(site, "go-online", "", admin()).andExpect(status().isOk());
		return site;
	}

	private long create(String json) throws Exception {
		String body = mvc.perform(post("/api/v1/sites").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	long approvedSite(boolean complete) throws Exception {
		long site = createSite(complete);
		step(site, "approve", "{}", manager(site)).andExpect(status().isOk());
		step(site, "approve", "{}", secondAdmin()).andExpect(status().isOk());
		return site;
	}

	long onlineSite() throws Exception {
		long site = approvedSite(true);
		step(site, "go-online", "", admin()).andExpect(status().isOk());
		return site;
	}

	ResultActions step(long site, String step, String body, RequestPostProcessor who) throws Exception {
		return perform("/api/v1/sites/" + site + "/lifecycle/" + step, body, who);
	}

	ResultActions accountStep(long site, long account, String step, String body, RequestPostProcessor who)
			throws Exception {
		return perform("/api/v1/sites/" + site + "/new-media-accounts/" + account + "/lifecycle/" + step, body, who);
	}

	private ResultActions perform(String path, String body, RequestPostProcessor who) throws Exception {
		MockHttpServletRequestBuilder request = post(path).with(who);
		if (!body.isEmpty()) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request);
	}
}
