package org.govsite.content;

import org.govsite.content.ContentFixtures.Staff;
import org.govsite.content.internal.Docx;
import org.govsite.content.internal.FileTypesTests;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A Word document imported as a new document, through the service, the console and the API. */
@IntegrationTest
class DocxImportTests {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	@Autowired
	DocumentLibrary library;

	@Autowired
	ContentFixtures fixtures;

	@Autowired
	MockMvc mvc;

	long siteId;

	long channelId;

	Staff editor;

	@BeforeEach
	void site() {
		siteId = fixtures.portal();
		channelId = fixtures.channel(siteId, "tzgg");
		editor = ContentFixtures.editor(siteId);
	}

	@Test
	void theDocumentsStructureAndPictureArriveCleanAndThePictureIsAnAttachment() {
		DocxImported imported = editor.run(() -> library.importDocx(siteId, DocumentType.ARTICLE, channelId, "春耕通知.docx",
				Docx.notice(FileTypesTests.PNG)));

		assertThat(imported.title()).isEqualTo("关于做好春耕生产工作的通知");
		assertThat(imported.pictures()).isEqualTo(1);
		DocumentView document = editor.run(() -> library.get(imported.documentId()));
		AttachmentRef picture = document.files().getFirst();
		assertThat(picture.mediaType()).isEqualTo("image/png");
		assertThat(document.content().title()).isEqualTo("关于做好春耕生产工作的通知");
		assertThat(document.content().body()).contains("<h2>一、总体要求</h2>", "<strong>高度重视</strong>",
				"<h3>（一）工作重点</h3>", "<li>种子供应</li>", "<th scope=\"col\">乡镇</th>", "rowspan=\"2\"",
				"<img src=\"attachment:" + picture.id() + "\"", "class=\"gs-align-right\"");
		assertThat(document.content().body()).doesNotContain("picture:", "仿宋", "FF0000", "style=");
		assertThat(document.content().attachmentIds()).isEmpty();
		assertThat(document.placements()).extracting(PlacementView::channelId).containsExactly(channelId);
		assertThat(document.state()).isEqualTo(DocumentState.DRAFT);
	}

	@Test
	void refusedFilesAreNamedInChinese() {
		assertThatThrownBy(() -> editor.run(() -> library.importDocx(siteId, DocumentType.ARTICLE, null, "照片.docx",
				FileTypesTests.PNG)))
			.hasFieldOrPropertyWithValue("code", "content.import.notDocx");
		byte[] damaged = Docx.withPart(Docx.notice(FileTypesTests.PNG), "word/document.xml", "<w:document".getBytes());
		assertThatThrownBy(() -> editor.run(() -> library.importDocx(siteId, DocumentType.ARTICLE, null, "损坏.docx", damaged)))
			.hasFieldOrPropertyWithValue("code", "content.import.unreadable");
		byte[] hostile = Docx.withExternalEntity(Docx.notice(FileTypesTests.PNG));
		assertThatThrownBy(() -> editor.run(() -> library.importDocx(siteId, DocumentType.ARTICLE, null, "实体.docx", hostile)))
			.hasFieldOrPropertyWithValue("code", "content.import.unreadable");
	}

	@Test
	void theConsoleImportsAndLandsOnTheNewDocument() throws Exception {
		mvc.perform(get("/admin/documents/import").param("siteId", String.valueOf(siteId)).with(DocumentApiTests.as(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("导入 Word 文档")))
			.andExpect(content().string(containsString("栏目tzgg")));

		mvc.perform(multipart("/admin/documents/import")
			.file(new MockMultipartFile("file", "春耕通知.docx", DOCX, Docx.notice(FileTypesTests.PNG)))
			.param("siteId", String.valueOf(siteId)).param("type", "ARTICLE").param("channelId", String.valueOf(channelId))
			.with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/admin/documents/*"))
			.andExpect(flash().attribute("successMessage", containsString("已导入“关于做好春耕生产工作的通知”，正文中的 1 张图片")));
	}

	@Test
	void aRefusedFileShowsBesideTheFileField() throws Exception {
		mvc.perform(multipart("/admin/documents/import")
			.file(new MockMultipartFile("file", "炸弹.docx", DOCX, Docx.bomb(Docx.notice(FileTypesTests.PNG))))
			.param("siteId", String.valueOf(siteId)).param("type", "ARTICLE")
			.with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"file-error\"")))
			.andExpect(content().string(containsString("文件“炸弹.docx”无法读取")));
		mvc.perform(multipart("/admin/documents/import").param("siteId", String.valueOf(siteId))
			.with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择要导入的 Word 文档。")));
	}

	@Test
	void theApiAnswersTheNewDocumentOrAProblemNamingTheFile() throws Exception {
		mvc.perform(multipart("/api/v1/documents/import")
			.file(new MockMultipartFile("file", "春耕通知.docx", DOCX, Docx.notice(FileTypesTests.PNG)))
			.param("siteId", String.valueOf(siteId)).with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("关于做好春耕生产工作的通知"))
			.andExpect(jsonPath("$.pictures").value(1));
		mvc.perform(multipart("/api/v1/documents/import")
			.file(new MockMultipartFile("file", "旧文档.doc", "application/msword", FileTypesTests.PNG))
			.param("siteId", String.valueOf(siteId)).with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("文件“旧文档.doc”不是 Word 文档（.docx），不能导入。"));
	}
}
