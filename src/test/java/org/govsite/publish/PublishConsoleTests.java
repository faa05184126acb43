package org.govsite.publish;

import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 发布管理 and the site templates in the console, and publishing through the API. */
@IntegrationTest
class PublishConsoleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PublishFixtures fixtures;

	@Autowired
	PublishJobs publishJobs;

	@Autowired
	org.govsite.publish.internal.JobStore jobs;

	TestSite site;

	@BeforeEach
	void site() {
		site = fixtures.onlineSite();
	}

	@Test
	void aSiteManagerQueuesAFullPublishAndFollowsIt() throws Exception {
		mvc.perform(post("/admin/sites/{id}/publish", site.id()).with(manager()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("successMessage", "已排入全站发布任务。"));
		mvc.perform(get("/admin/publish").with(manager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(site.code())))
			.andExpect(content().string(containsString("排队中")))
			.andExpect(content().string(containsString("hx-trigger=\"every 2s\"")));
		fixtures.publishQueued();
		mvc.perform(get("/admin/publish/jobs").with(manager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已完成")))
			.andExpect(content().string(not(containsString("hx-trigger"))));
	}

	@Test
	void aJobThatFailedOnEveryTryIsOnTheManagersWorkbench() throws Exception {
		long jobId = publishJobs.publishSite(site.id());
		jobs.failed(jobId, "磁盘已满", null, java.time.Instant.now());
		mvc.perform(get("/admin").with(manager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("的发布任务失败")))
			.andExpect(content().string(containsString("/admin/publish#job-" + jobId)));
		mvc.perform(post("/admin/publish/jobs/{id}/retry", jobId).with(manager()).with(csrf()))
			.andExpect(flash().attribute("successMessage", "已重新排入发布任务。"));
		fixtures.publishQueued();
		mvc.perform(get("/admin").with(manager()))
			.andExpect(content().string(not(containsString("/admin/publish#job-" + jobId))));
	}

	@Test
	void anEditorMayNotPublishTheSite() throws Exception {
		mvc.perform(post("/admin/sites/{id}/publish", site.id()).with(staff("site:" + site.id() + ":EDITOR")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theApiQueuesAPublishAndListsTheManifest() throws Exception {
		mvc.perform(post("/api/v1/sites/{id}/publish", site.id()).with(manager()))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.kind").value("FULL"))
			.andExpect(jsonPath("$.state").value("QUEUED"));
		fixtures.publishQueued();
		mvc.perform(get("/api/v1/sites/{id}/manifest", site.id()).with(manager()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].path", hasItem("index.html")))
			.andExpect(jsonPath("$[*].path", hasItem("zh-hant/index.html")));
		mvc.perform(get("/api/v1/publish/jobs").with(manager()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].siteId").value(site.id()))
			.andExpect(jsonPath("$[0].state").value("DONE"));
	}

	@Test
	void aTemplateThatFailsToRenderIsRefusedWithItsError() throws Exception {
		mvc.perform(post("/admin/sites/{id}/templates/notfound", site.id()).with(templateManager()).with(csrf())
			.param("source", "<p th:text=\"${frame.noSuchThing.name}\">x</p>").param("note", "试一下"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("模板“notfound”未保存")));
		mvc.perform(get("/admin/sites/{id}/templates", site.id()).with(templateManager()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("站点自定义"))));
	}

	@Test
	void aTemplateManagerSavesAVersionThatThePublishedSiteUses() throws Exception {
		String source = "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>未找到</title></head><body>"
				+ "<h1 th:text=\"|${frame.site.name}：页面不存在|\">x</h1></body></html>";
		mvc.perform(post("/admin/sites/{id}/templates/notfound", site.id()).with(templateManager()).with(csrf())
			.param("source", source).param("note", "简化 404 页面"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/sites/{id}/templates/notfound", site.id()).with(templateManager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("简化 404 页面")))
			.andExpect(content().string(containsString("templates-manager")));
		fixtures.publishQueued();
		mvc.perform(get("/sites/{code}/no-such-page.html", site.code()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("：页面不存在")));
	}

	/** A template manager who does not manage the site is offered neither 全站发布 nor 首页版式, both refused to them. */
	@Test
	void aTemplateManagerIsOfferedOnlyWhatTheyMayDo() throws Exception {
		String homeLink = "/admin/sites/" + site.id() + "/home\"";
		String publishForm = "/admin/sites/" + site.id() + "/publish\"";
		mvc.perform(get("/admin/publish").with(templateManager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/sites/" + site.id() + "/templates\"")))
			.andExpect(content().string(not(containsString(homeLink))))
			.andExpect(content().string(not(containsString(publishForm))));
		mvc.perform(get("/admin/sites/{id}/home", site.id()).with(templateManager())).andExpect(status().isForbidden());
		mvc.perform(get("/admin/publish").with(manager()))
			.andExpect(content().string(containsString(homeLink)))
			.andExpect(content().string(containsString(publishForm)));
	}

	@Test
	void onlyATemplateManagerSeesTheTemplates() throws Exception {
		mvc.perform(get("/admin/sites/{id}/templates", site.id()).with(manager())).andExpect(status().isForbidden());
	}

	private RequestPostProcessor manager() {
		return staff("site:" + site.id() + ":SITE_MANAGER");
	}

	private RequestPostProcessor templateManager() {
		return user("templates-manager").authorities(new SimpleGrantedAuthority("site:" + site.id() + ":TEMPLATE_MANAGER"),
				new SimpleGrantedAuthority("STAFF"));
	}

	private static RequestPostProcessor staff(String authority) {
		return user("staff-" + authority).authorities(new SimpleGrantedAuthority(authority), new SimpleGrantedAuthority("STAFF"));
	}
}
