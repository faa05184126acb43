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
			.param("title", "关于印发办法的通知").param("body", "<p>正文内容保留</p>").param("subjectCategory", "不存在的分类")
			.param("issuer", "县政府办公室").with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("主题分类“不存在的分类”不在主题分类目录中。")))
			.andExpect(content().string(containsString("<option value=\"不存在的分类\" selected=\"selected\">")))
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

	@Test
	void theInterpretationsPolicyIsPickedByItsTitle() throws Exception {
		java.util.function.Function<String, Long> policy = title -> editor.run(() -> fixtures.library().create(siteId,
				DocumentType.POLICY, DocumentContent.of(title, "<p>正文</p>").withDisclosure(new DisclosureMetadata(null,
						"综合政务", null, "县政府办公室", null, null, null, null, Validity.VALID, DisclosureMode.PROACTIVE,
						java.util.List.of(), null))));
		long spring = policy.apply("关于做好春耕生产的通知");
		long flood = policy.apply("关于做好防汛工作的通知");

		mvc.perform(get("/admin/documents/new").param("siteId", String.valueOf(siteId)).param("type", "INTERPRETATION")
			.with(DocumentApiTests.as(editor)))
			.andExpect(content().string(containsString("<option value=\"" + spring + "\">关于做好春耕生产的通知</option>")))
			.andExpect(content().string(containsString("<option value=\"" + flood + "\">关于做好防汛工作的通知</option>")));
		mvc.perform(get("/admin/documents/policy-options").param("siteId", String.valueOf(siteId)).param("policyQuery", "春耕")
			.with(DocumentApiTests.as(editor)))
			.andExpect(content().string(containsString("关于做好春耕生产的通知")))
			.andExpect(content().string(not(containsString("关于做好防汛工作的通知"))));
	}

	@Test
	void aPictureIsChosenAsCoverAndAFileIsTakenOffTheAttachments() throws Exception {
		long id = fixtures.draft(editor, siteId, channelId, "图片新闻");
		long picture = editor.run(() -> fixtures.library().uploadPicture(id, "cover.png", png()).id());
		long file = editor.run(() -> {
			long pdf = fixtures.library().upload(id, "通知.pdf", "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).id();
			DocumentContent current = fixtures.library().get(id).content();
			fixtures.library().save(id, current.withAttachments(null, java.util.List.of(pdf)));
			return pdf;
		});
		mvc.perform(get("/admin/documents/{id}", id).with(DocumentApiTests.as(editor)))
			.andExpect(content().string(containsString("<option value=\"" + picture + "\">cover.png</option>")));

		mvc.perform(post("/admin/documents/{id}", id).param("title", "图片新闻").param("body", "<p>正文</p>")
			.param("cover", String.valueOf(picture)).with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertCover(id, picture, java.util.List.of(file));

		mvc.perform(post("/admin/documents/{id}/attachments/{a}/remove", id, file).with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(flash().attribute("successMessage", "已移出，已保存为新版本。"));
		assertCover(id, picture, java.util.List.of());

		// a save from a form that did not offer the cover keeps it
		mvc.perform(post("/admin/documents/{id}", id).param("title", "图片新闻（改）").param("body", "<p>正文</p>")
			.with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertCover(id, picture, java.util.List.of());
	}

	private void assertCover(long id, Long cover, java.util.List<Long> attachments) {
		DocumentContent saved = editor.run(() -> fixtures.library().get(id)).content();
		org.assertj.core.api.Assertions.assertThat(saved.coverId()).isEqualTo(cover);
		org.assertj.core.api.Assertions.assertThat(saved.attachmentIds()).isEqualTo(attachments);
	}

	private static byte[] png() {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try {
			javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
