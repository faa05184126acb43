package org.govsite.content;

import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.StaffRole;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each user sees only the actions they may take on a document; one refused anyway comes back to
 * the form with the reason in Chinese and what was typed. Taking a live document down (撤稿) is a
 * reviewer's or a site manager's decision, never the author's alone, and it is recorded.
 */
@IntegrationTest
class DocumentActionsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ContentFixtures fixtures;

	@Autowired
	DocumentLibrary library;

	@Autowired
	ReviewWorkflow workflow;

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
	void aReviewerReadsADraftWithoutTheEditorsButtonsAndASaveTheyTryKeepsWhatTheyTyped() throws Exception {
		long id = fixtures.draft(editor, siteId, channelId, "审核员只读的稿件");
		editor.run(() -> workflow.submit(id, true));

		String page = page(id, reviewer);
		assertThat(page).contains("您可以查看本稿，但没有修改的权限。", "/admin/documents/" + id + "/approve")
			.doesNotContain(">保存</button>", "/placements\"", "/attachments\"", "/recall\"", "/withdraw\"", "/submit\"");
		assertThat(page(id, editor)).contains(">保存</button>", "/recall\"", "/placements\"", "/attachments\"");

		mvc.perform(post("/admin/documents/{id}", id).param("title", "审核员改过的标题").param("summary", "审核员写的摘要")
			.with(DocumentApiTests.as(reviewer)).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("您没有执行此操作的权限。")))
			.andExpect(content().string(containsString("审核员改过的标题")))
			.andExpect(content().string(containsString("审核员写的摘要")));
		assertThat(editor.run(() -> library.get(id)).content().title()).isEqualTo("审核员只读的稿件");
	}

	@Test
	void aRefusedButtonGoesBackToTheFormWithTheReasonInChinese() throws Exception {
		long id = fixtures.draft(editor, siteId, channelId, "他人不能上传的稿件");
		mvc.perform(post("/admin/documents/{id}/placements", id).param("channelId", String.valueOf(channelId))
			.header("Referer", "http://localhost/admin/documents/" + id).with(DocumentApiTests.as(reviewer)).with(csrf()))
			.andExpect(redirectedUrl("/admin/documents/" + id))
			.andExpect(flash().attribute("errorMessage", "您没有执行此操作的权限。"));
	}

	@Test
	void theAuthorCannotTakeALiveDocumentDownAloneAReviewerCanAndItIsRecorded() throws Exception {
		long id = fixtures.published(editor, reviewer, siteId, channelId, "已发布的稿件");

		assertThat(page(id, editor)).doesNotContain("/withdraw\"").contains("须由未参与编辑的审核人或站点管理员撤稿");
		mvc.perform(post("/admin/documents/{id}/withdraw", id).param("reason", "作者想撤")
			.header("Referer", "http://localhost/admin/documents/" + id).with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(flash().attribute("errorMessage", "您没有执行此操作的权限。"));
		assertThat(editor.run(() -> library.get(id)).live()).isTrue();

		Staff authorAndReviewer = editor.with(StaffRole.REVIEWER.forSite(siteId));
		assertThat(page(id, authorAndReviewer)).doesNotContain("/withdraw\"");

		assertThat(page(id, reviewer)).contains("/withdraw\"");
		mvc.perform(post("/admin/documents/{id}/withdraw", id).param("reason", "信息有误")
			.header("Referer", "http://localhost/admin/documents/" + id).with(DocumentApiTests.as(reviewer)).with(csrf()))
			.andExpect(flash().attribute("successMessage", "已撤稿，所有栏目中都已撤下。"));
		DocumentView withdrawn = editor.run(() -> library.get(id));
		assertThat(withdrawn.live()).isFalse();
		assertThat(withdrawn.history()).anySatisfy(entry -> {
			assertThat(entry.actor()).isEqualTo(reviewer.username());
			assertThat(entry.comment()).isEqualTo("信息有误");
			assertThat(entry.toState()).isEqualTo(DocumentState.WITHDRAWN);
		});
	}

	@Test
	void aSiteManagerMayTakeALiveDocumentDown() {
		long id = fixtures.published(editor, reviewer, siteId, channelId, "站点管理员撤稿");
		Staff manager = new Staff(ContentFixtures.unique("manager"), java.util.List.of(StaffRole.SITE_MANAGER.forSite(siteId)));
		manager.run(() -> workflow.withdraw(id, "栏目调整"));
		assertThat(editor.run(() -> library.get(id)).live()).isFalse();
	}

	@Test
	void newWithoutASiteOpensTheFormOfTheEditorsSiteOrAsksWhichSite() throws Exception {
		mvc.perform(get("/admin/documents").with(DocumentApiTests.as(editor)))
			.andExpect(content().string(containsString("/admin/documents/new?type=ARTICLE")));
		mvc.perform(get("/admin/documents/new").param("type", "ARTICLE").with(DocumentApiTests.as(editor)))
			.andExpect(redirectedUrl("/admin/documents/new?siteId=" + siteId + "&type=ARTICLE"));

		long other = fixtures.portal();
		Staff both = editor.with(StaffRole.EDITOR.forSite(other));
		mvc.perform(get("/admin/documents/new").param("type", "POLICY").with(DocumentApiTests.as(both)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/documents/new?siteId=" + siteId + "&amp;type=POLICY")))
			.andExpect(content().string(containsString("/admin/documents/new?siteId=" + other + "&amp;type=POLICY")));

		mvc.perform(get("/admin/documents").with(DocumentApiTests.as(reviewer)))
			.andExpect(content().string(not(containsString("/admin/documents/new"))));
	}

	@Test
	void aPreviewSaysItIsNotThePublishedPage() throws Exception {
		long id = fixtures.draft(editor, siteId, channelId, "预览的稿件");
		mvc.perform(get("/admin/preview/documents/{id}", id).with(DocumentApiTests.as(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("预览：本稿尚未按此版本发布")))
			.andExpect(content().string(containsString("预览的稿件")));
	}

	private String page(long id, Staff staff) throws Exception {
		return mvc.perform(get("/admin/documents/{id}", id).with(DocumentApiTests.as(staff)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}
}
