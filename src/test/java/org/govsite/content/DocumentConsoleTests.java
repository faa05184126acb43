package org.govsite.content;

import org.govsite.content.ContentFixtures.Staff;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 信息管理 in the console: forms keep what was typed and show errors beside their fields. */
@IntegrationTest
class DocumentConsoleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ContentFixtures fixtures;

	long siteId;

	long channelId;

	Staff editor;

	Staff reviewer;

	@BeforeEach
	void site() {
		siteId = fixtures.portal();
		channelId = fixtures.channel(siteId, "news");
		editor = ContentFixtures.editor(siteId);
		reviewer = ContentFixtures.reviewer(siteId);
	}

	@Test
	void aNewDocumentIsCreatedAndItsPageShowsTheEditor() throws Exception {
		mvc.perform(get("/admin/documents/new").param("siteId", String.valueOf(siteId)).param("type", "ARTICLE")
			.with(DocumentApiTests.as(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tinymce.min.js")));

		String location = mvc.perform(post("/admin/documents").param("siteId", String.valueOf(siteId)).param("type", "ARTICLE")
			.param("title", "全县春耕生产工作会议召开").param("body", "<p style=\"color:red\">会议要求</p><script>x()</script>")
			.with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/admin/documents/*"))
			.andExpect(flash().attribute("successMessage", "已新建稿件“全县春耕生产工作会议召开”。"))
			.andReturn().getResponse().getRedirectedUrl();

		mvc.perform(get(location).with(DocumentApiTests.as(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("全县春耕生产工作会议召开")))
			.andExpect(content().string(containsString("&lt;p&gt;会议要求&lt;/p&gt;")))
			.andExpect(content().string(not(containsString("x()"))))
			.andExpect(content().string(containsString("保密审查")));
	}

	@Test
	void refusalsShowBesideTheirFieldsAndNothingTypedIsLost() throws Exception {
		mvc.perform(post("/admin/documents").param("siteId", String.valueOf(siteId)).param("type", "POLICY")
			.param("title", "关于印发办法的通知").param("body", "<p>正文内容保留</p>").param("subjectCategory", "综合政务")
			.param("issuer", "县政府办公室").with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("政策文件须填写索引号。")))
			.andExpect(content().string(containsString("关于印发办法的通知")))
			.andExpect(content().string(containsString("县政府办公室")))
			.andExpect(content().string(containsString("正文内容保留")));

		mvc.perform(post("/admin/documents").param("siteId", String.valueOf(siteId)).param("type", "ARTICLE")
			.param("title", "").param("summary", "摘要还在").with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("必填")))
			.andExpect(content().string(containsString("摘要还在")));
	}

	@Test
	void theAuthorIsRefusedAsReviewerInTheConsoleAndTheReviewerSeesItWaiting() throws Exception {
		Staff both = editor.with(org.govsite.identity.StaffRole.REVIEWER.forSite(siteId));
		long id = fixtures.draft(both, siteId, channelId, "自己写的稿件");
		mvc.perform(post("/admin/documents/{id}/submit", id).param("confidentialityConfirmed", "true")
			.with(DocumentApiTests.as(both)).with(csrf()))
			.andExpect(flash().attribute("successMessage", "已送审。"));

		mvc.perform(post("/admin/documents/{id}/approve", id).header("Referer", "http://localhost/admin/documents/" + id)
			.with(DocumentApiTests.as(both)).with(csrf()))
			.andExpect(flash().attribute("errorMessage", "审核人不能审核自己撰写或编辑过的稿件。"));
		mvc.perform(get("/admin/review").with(DocumentApiTests.as(reviewer)))
			.andExpect(content().string(containsString("自己写的稿件")));
		mvc.perform(get("/admin/documents").param("siteId", String.valueOf(siteId)).with(DocumentApiTests.as(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("自己写的稿件")));
	}
}
