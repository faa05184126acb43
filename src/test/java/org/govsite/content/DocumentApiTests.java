package org.govsite.content;

import org.govsite.content.ContentFixtures.Staff;
import org.govsite.content.internal.FileTypesTests;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The document API: the workflow over HTTP, refusals as problem+json in Chinese, uploads typed by content. */
@IntegrationTest
class DocumentApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ContentFixtures fixtures;

	@Autowired
	ContentCatalog catalog;

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
	void anAuthorCannotReviewTheirOwnDocumentButAnotherReviewerPublishesIt() throws Exception {
		Staff editorAndReviewer = editor.with(org.govsite.identity.StaffRole.REVIEWER.forSite(siteId));
		long id = create(editorAndReviewer, "{\"siteId\": %d, \"type\": \"ARTICLE\", \"title\": \"县长调研\", \"body\": \"<p onclick='x()'>正文</p>\"}"
			.formatted(siteId));
		mvc.perform(post("/api/v1/documents/{id}/placements", id).with(as(editorAndReviewer)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"channelId\": %d, \"pinned\": false, \"sortOrder\": 0}".formatted(channelId)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/documents/{id}/submit", id).with(as(editorAndReviewer)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"confidentialityConfirmed\": true}"))
			.andExpect(jsonPath("$.state").value("IN_REVIEW"));

		mvc.perform(post("/api/v1/documents/{id}/review", id).with(as(editorAndReviewer)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("审核人不能审核自己撰写或编辑过的稿件。"))
			.andExpect(jsonPath("$.code").value("content.review.ownDocument"));

		mvc.perform(post("/api/v1/documents/{id}/review", id).with(as(reviewer)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("PUBLISHED"));
		assertThat(catalog.published(id).orElseThrow().body()).isEqualTo("<p>正文</p>");
	}

	@Test
	void submittingWithoutTheConfidentialityCheckIsRefusedInChinese() throws Exception {
		long id = create(editor, "{\"siteId\": %d, \"type\": \"ARTICLE\", \"title\": \"通知\"}".formatted(siteId));
		editor.run(() -> fixtures.place(id, channelId));

		mvc.perform(post("/api/v1/documents/{id}/submit", id).with(as(editor)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"confidentialityConfirmed\": false}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("送审前请确认已进行保密审查（上网不涉密，涉密不上网）。"));
	}

	@Test
	void aMissingTitleIsAFieldError() throws Exception {
		mvc.perform(post("/api/v1/documents").with(as(editor)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"siteId\": %d, \"type\": \"ARTICLE\", \"title\": \" \"}".formatted(siteId)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.title").value("必填"));
	}

	@Test
	void uploadsAreTypedByTheirContent() throws Exception {
		long id = create(editor, "{\"siteId\": %d, \"type\": \"ARTICLE\", \"title\": \"附件测试\"}".formatted(siteId));

		mvc.perform(multipart("/api/v1/documents/{id}/attachments", id)
			.file(new MockMultipartFile("file", "通知.pdf", "application/pdf", FileTypesTests.PNG)).with(as(editor)).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mediaType").value("image/png"))
			.andExpect(jsonPath("$.fileName").value("通知.png"));
		mvc.perform(multipart("/api/v1/documents/{id}/attachments", id)
			.file(new MockMultipartFile("file", "照片.jpg", "image/jpeg", FileTypesTests.EXE)).with(as(editor)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("文件“照片.jpg”不能上传")));
	}

	@Test
	void anotherSitesEditorCannotReadTheDocument() throws Exception {
		long id = create(editor, "{\"siteId\": %d, \"type\": \"ARTICLE\", \"title\": \"内部稿\"}".formatted(siteId));
		Staff stranger = ContentFixtures.editor(fixtures.portal());

		mvc.perform(get("/api/v1/documents/{id}", id).with(as(stranger))).andExpect(status().isForbidden());
	}

	private long create(Staff staff, String json) throws Exception {
		String body = mvc.perform(post("/api/v1/documents").with(as(staff)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	static RequestPostProcessor as(Staff staff) {
		SimpleGrantedAuthority[] authorities = staff.authorities().stream().map(SimpleGrantedAuthority::new)
			.toArray(SimpleGrantedAuthority[]::new);
		return user(staff.username()).authorities(java.util.stream.Stream.concat(java.util.Arrays.stream(authorities),
				java.util.stream.Stream.of(new SimpleGrantedAuthority("STAFF"))).toList());
	}
}
