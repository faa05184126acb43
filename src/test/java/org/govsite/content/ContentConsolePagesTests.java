package org.govsite.content;

import java.util.List;

import org.govsite.content.ContentFixtures.Staff;
import org.govsite.content.internal.FileTypesTests;
import org.govsite.identity.StaffRole;
import org.govsite.site.SiteKind;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console pages added around the library: the inbox, the settings, the version comparison,
 * batch move, the editor's picture upload, the submit step's checks and 报送采用.
 */
@IntegrationTest
class ContentConsolePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DocumentLibrary library;

	@Autowired
	ReviewWorkflow workflow;

	@Autowired
	Placements placements;

	@Autowired
	EditorialSettings editorialSettings;

	@Autowired
	ContentCatalog catalog;

	@Autowired
	SiteTypesetting typesetting;

	@Autowired
	ContentFixtures fixtures;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	long siteId;

	long channelId;

	Staff editor;

	@Autowired
	org.govsite.notification.Notifications notifications;

	Staff reviewer;

	Staff manager;

	@BeforeEach
	void site() {
		siteId = fixtures.portal();
		channelId = fixtures.channel(siteId, "news");
		editor = ContentFixtures.editor(siteId);
		reviewer = ContentFixtures.reviewer(siteId);
		manager = new Staff(ContentFixtures.unique("manager"), List.of(StaffRole.SITE_MANAGER.forSite(siteId)));
	}

	@Test
	void theInboxListsTheUsersMessagesAndMarksThemRead() throws Exception {
		long id = fixtures.draft(editor, siteId, channelId, "等待审核的稿件");
		editor.run(() -> workflow.submit(id, true));
		int before = reviewer.run(() -> notifications.unread());
		assertThat(before).isPositive();

		mvc.perform(get("/admin/notifications").with(DocumentApiTests.as(reviewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("稿件“等待审核的稿件”等待1级审核。")))
			.andExpect(content().string(containsString("未读 " + before + " 条")));
		mvc.perform(get("/admin").with(DocumentApiTests.as(reviewer)))
			.andExpect(content().string(containsString("您有 " + before + " 条未读消息")));

		long message = reviewer.run(() -> notifications.mine(10)).getFirst().id();
		mvc.perform(post("/admin/notifications/{id}/open", message).with(DocumentApiTests.as(reviewer)).with(csrf()))
			.andExpect(redirectedUrl("/admin/documents/" + id));
		assertThat(reviewer.run(() -> notifications.unread())).isEqualTo(before - 1);
		// read by this reviewer only: the message is addressed to the site's reviewers
		Staff otherReviewer = ContentFixtures.reviewer(siteId);
		assertThat(otherReviewer.run(() -> notifications.mine(10))).anySatisfy(n -> {
			assertThat(n.id()).isEqualTo(message);
			assertThat(n.read()).isFalse();
		});

		mvc.perform(post("/admin/notifications/read-all").with(DocumentApiTests.as(reviewer)).with(csrf()))
			.andExpect(flash().attribute("successMessage", "已将全部消息标为已读。"));
		assertThat(reviewer.run(() -> notifications.unread())).isZero();
	}

	@Test
	void typesettingSettingsShowErrorsBesideTheirFieldsAndReachTheThemes() throws Exception {
		mvc.perform(post("/admin/typesetting").param("siteId", String.valueOf(siteId)).param("font", "FANGSONG")
			.param("fontSizePx", "60").param("firstLineIndentEm", "2").param("lineHeight", "九").param("paragraphSpacingEm", "0.5")
			.with(DocumentApiTests.as(manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"fontSizePx-error\"")))
			.andExpect(content().string(containsString("不能大于 32")))
			.andExpect(content().string(containsString("id=\"lineHeight-error\"")))
			.andExpect(content().string(containsString("value=\"九\"")));
		assertThat(typesetting.typesetting(siteId).own()).isFalse();

		mvc.perform(post("/admin/typesetting").param("siteId", String.valueOf(siteId)).param("font", "FANGSONG")
			.param("fontSizePx", "18").param("firstLineIndentEm", "2").param("lineHeight", "1.75").param("paragraphSpacingEm", "0.5")
			.with(DocumentApiTests.as(manager)).with(csrf()))
			.andExpect(flash().attribute("successMessage", "已保存一键排版格式。"));
		TypesettingSettings saved = typesetting.typesetting(siteId);
		assertThat(saved.own()).isTrue();
		assertThat(saved.cssCustomProperties()).containsEntry("--gs-font-size", "18px").containsEntry("--gs-line-height", "1.75");

		mvc.perform(post("/admin/typesetting").param("siteId", String.valueOf(siteId)).param("font", "SONG")
			.param("fontSizePx", "16").param("firstLineIndentEm", "2").param("lineHeight", "1.8").param("paragraphSpacingEm", "0.8")
			.with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void reviewLevelsAreSetPerChannelByTheSiteManager() throws Exception {
		mvc.perform(get("/admin/review-policies").param("siteId", String.valueOf(siteId)).with(DocumentApiTests.as(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("栏目news")))
			.andExpect(content().string(containsString("平台默认")));
		mvc.perform(post("/admin/review-policies/{c}", channelId).param("levels", "3").param("proofreading", "true")
			.with(DocumentApiTests.as(manager)).with(csrf()))
			.andExpect(flash().attribute("successMessage", "已保存栏目“栏目news”的审核设置。"));
		assertThat(manager.run(() -> editorialSettings.reviewPolicy(channelId))).isEqualTo(new ReviewPolicy(channelId, 3, true, true));

		mvc.perform(put("/api/v1/content-settings/channels/{c}/review-policy", channelId).contentType(MediaType.APPLICATION_JSON)
			.content("{\"levels\": 4, \"proofreading\": false}").with(DocumentApiTests.as(manager)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("审核级数须为 1 到 3。"));
		mvc.perform(post("/admin/review-policies/{c}/reset", channelId).with(DocumentApiTests.as(manager)).with(csrf()));
		assertThat(manager.run(() -> editorialSettings.reviewPolicy(channelId)).own()).isFalse();
	}

	@Test
	void versionsAreComparedFromTheVersionsList() throws Exception {
		long id = fixtures.draft(editor, siteId, channelId, "春耕会议");
		editor.run(() -> library.save(id, DocumentContent.of("全县春耕会议", "<p>春耕会议的正文</p><p>新增一段</p>")));

		mvc.perform(get("/admin/documents/{id}", id).with(DocumentApiTests.as(editor)))
			.andExpect(content().string(containsString("/admin/documents/" + id + "/compare?from=1&amp;to=2")));
		mvc.perform(get("/admin/documents/{id}/compare", id).param("from", "1").param("to", "2").with(DocumentApiTests.as(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<del>春耕会议</del>")))
			.andExpect(content().string(containsString("<ins>全县春耕会议</ins>")))
			.andExpect(content().string(containsString("<ins>新增一段</ins>")));
	}

	@Test
	void batchMoveTakesTheDocumentsOutOfTheOldChannelIntoTheNew() throws Exception {
		long target = fixtures.channel(siteId, "tzgg");
		long live = fixtures.published(editor, reviewer, siteId, channelId, "要移动的稿件");
		long elsewhere = fixtures.draft(editor, siteId, target, "不在原栏目的稿件");

		mvc.perform(post("/admin/documents/batch").param("ids", String.valueOf(live), String.valueOf(elsewhere))
			.param("action", "move").param("fromChannelId", String.valueOf(channelId)).param("channelId", String.valueOf(target))
			.param("siteId", String.valueOf(siteId)).with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(flash().attribute("successMessage", "已处理 1 篇稿件。"))
			.andExpect(flash().attribute("errorMessage", containsString("稿件不在栏目“栏目news”中。")));
		assertThat(catalog.placements(live)).extracting(PlacementView::channelId).containsExactly(target);
	}

	@Test
	void theEditorsPictureUploadAnswersJsonEitherWay() throws Exception {
		long id = fixtures.draft(editor, siteId, channelId, "带图片的稿件");

		String location = mvc.perform(multipart("/admin/documents/{id}/images", id)
			.file(new MockMultipartFile("file", "blobid1.png", "image/png", FileTypesTests.PNG))
			.with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.location").value(org.hamcrest.Matchers.startsWith("/admin/attachments/")))
			.andReturn().getResponse().getContentAsString();
		mvc.perform(multipart("/admin/documents/{id}/images", id)
			.file(new MockMultipartFile("file", "文件.png", "image/png", "%PDF-1.4 不是图片".getBytes()))
			.with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("不是图片")));

		long pictureId = Long.parseLong(location.replaceAll("\\D+", ""));
		mvc.perform(post("/admin/documents/{id}", id).param("title", "带图片的稿件")
			.param("body", "<p><img src=\"/admin/attachments/" + pictureId + "\" alt=\"现场\"></p>")
			.with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(catalog.draft(id).orElseThrow().body()).contains("src=\"attachment:" + pictureId + "\"");
		mvc.perform(get("/admin/documents/{id}", id).with(DocumentApiTests.as(editor)))
			.andExpect(content().string(containsString("/admin/attachments/" + pictureId)));

		long other = fixtures.draft(editor, siteId, channelId, "另一篇稿件");
		assertThatThrownBy(() -> editor.run(() -> library.save(other,
				DocumentContent.of("另一篇稿件", "<p><img src=\"attachment:" + pictureId + "\"></p>"))))
			.hasFieldOrPropertyWithValue("code", "content.field.body.foreignPicture");
	}

	@Test
	void theSubmitStepShowsWhatTheContentChecksFound() throws Exception {
		long id = fixtures.draft(editor, siteId, channelId, "送审前");

		mvc.perform(get("/admin/documents/{id}", id).with(DocumentApiTests.as(editor)))
			.andExpect(content().string(containsString("内容检查未发现问题。")));
		mvc.perform(get("/api/v1/documents/{id}/checks", id).with(DocumentApiTests.as(editor)))
			.andExpect(jsonPath("$.checksConfigured").value(true))
			.andExpect(jsonPath("$.findings").isEmpty());
	}

	@Test
	void thePortalEditorAcceptsAnOfferInTheConsole() throws Exception {
		long departmentId = fixtures.site(SiteKind.DEPARTMENT, siteId);
		long departmentChannel = fixtures.channel(departmentId, "bmdt");
		Staff deptEditor = ContentFixtures.editor(departmentId);
		long documentId = fixtures.published(deptEditor, ContentFixtures.reviewer(departmentId), departmentId,
				departmentChannel, "部门报送的稿件");

		mvc.perform(post("/admin/documents/{id}/offer", documentId).param("note", "请采用")
			.with(DocumentApiTests.as(deptEditor)).with(csrf()))
			.andExpect(flash().attribute("successMessage", "已报送到门户网站。"));
		mvc.perform(get("/admin/offers").with(DocumentApiTests.as(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("部门报送的稿件")));
		long offerId = editor.run(() -> placements.offersWaitingForMe()).stream()
			.filter(offer -> offer.documentId() == documentId).findFirst().orElseThrow().id();

		mvc.perform(post("/admin/offers/{id}/decline", offerId).param("reason", " ")
			.with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-error\"")));
		mvc.perform(post("/admin/offers/{id}/accept", offerId).param("channelId", String.valueOf(channelId))
			.with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(flash().attribute("successMessage", "已采用。"));
		assertThat(catalog.placements(documentId)).extracting(PlacementView::channelId).contains(channelId);
		mvc.perform(get("/admin/offers/statistics").param("year", String.valueOf(java.time.Year.now().getValue()))
			.with(DocumentApiTests.as(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("测试网站")))
			.andExpect(content().string(not(containsString("这一年没有报送记录。"))));
	}

	/** SPEC.md §3: a repealed policy names its replacement in the console and the API; a bad one is refused in Chinese. */
	@Test
	void aRepealedPolicyNamesItsReplacementThroughTheFormAndTheApi() throws Exception {
		DisclosureMetadata repealed = new DisclosureMetadata(null, "综合政务", "测政发〔2020〕1号", "测试县人民政府", null, null, null,
				"行政规范性文件", Validity.REPEALED, DisclosureMode.PROACTIVE, List.of("政务公开"), null);
		long old = editor.run(() -> library.create(siteId, DocumentType.POLICY,
				DocumentContent.of("测试县政务公开办法（2020年）", "<p>旧办法。</p>").withDisclosure(repealed)));
		long replacement = editor.run(() -> library.create(siteId, DocumentType.POLICY,
				DocumentContent.of("测试县政务公开办法（2026年）", "<p>新办法。</p>").withDisclosure(new DisclosureMetadata(null, "综合政务",
						"测政发〔2026〕1号", "测试县人民政府", null, null, null, "行政规范性文件", Validity.VALID,
						DisclosureMode.PROACTIVE, List.of("政务公开"), null))));

		mvc.perform(get("/admin/documents/{id}", old).with(DocumentApiTests.as(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("替代或修改本文件的文件")))
			.andExpect(content().string(containsString("测试县政务公开办法（2026年）")));
		mvc.perform(get("/admin/documents/{id}", replacement).with(DocumentApiTests.as(editor)))
			.andExpect(content().string(not(containsString("替代或修改本文件的文件"))));

		mvc.perform(post("/admin/documents/{id}/replacement", old).param("replacementId", String.valueOf(old))
			.with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(flash().attribute("errorMessage", "替代或修改本文件的文件不能是本文件自己。"));
		mvc.perform(put("/api/v1/documents/{id}/replacement", old).contentType(MediaType.APPLICATION_JSON)
			.content("{\"replacementId\": 999999999}").with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(status().is4xxClientError())
			.andExpect(jsonPath("$.detail").value("信息资源库中没有编号为 999999999 的文件。"));
		assertThat(editor.run(() -> library.replacement(old))).isEmpty();

		mvc.perform(post("/admin/documents/{id}/replacement", old).param("replacementId", String.valueOf(replacement))
			.with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(flash().attribute("successMessage", "已保存替代文件。"));
		assertThat(editor.run(() -> library.replacement(old))).contains(replacement);
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'content.replacement' and object_id = :id")
			.param("id", String.valueOf(old)).query(Integer.class).single()).isGreaterThanOrEqualTo(1);

		mvc.perform(post("/admin/documents/{id}/replacement", old).param("replacementId", "")
			.with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(flash().attribute("successMessage", "已取消指定替代文件。"));
		assertThat(editor.run(() -> library.replacement(old))).isEmpty();
	}
}
