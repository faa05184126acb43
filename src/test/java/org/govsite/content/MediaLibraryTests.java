package org.govsite.content;

import java.nio.charset.StandardCharsets;

import org.govsite.content.ContentFixtures.Staff;
import org.govsite.content.MediaQuery.MediaKind;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 媒体库 (issue 10.10): a site's uploaded pictures and files listed once per content with type,
 * size, uploader and where they are used, found by name, uploader and kind, and taken by another
 * document of the site as 附件, 题图 or 正文 picture without uploading them again; another site's file
 * and a file that is no picture where one is needed are refused in Chinese, and nothing changes.
 */
@IntegrationTest
class MediaLibraryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ContentFixtures fixtures;

	@Autowired
	MediaLibrary media;

	long siteId;

	long channelId;

	Staff editor;

	long first;

	long second;

	long picture;

	long pdf;

	@BeforeEach
	void twoDocumentsAndTheirFiles() {
		siteId = fixtures.portal();
		channelId = fixtures.channel(siteId, "news");
		editor = ContentFixtures.editor(siteId);
		first = fixtures.draft(editor, siteId, channelId, "春季植树活动");
		second = fixtures.draft(editor, siteId, channelId, "秋季植树活动");
		DocumentLibrary library = fixtures.library();
		picture = editor.run(() -> library.uploadPicture(first, "植树现场.png", png(siteId)).id());
		pdf = editor.run(() -> library.upload(first, "植树方案.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)).id());
		editor.run(() -> {
			DocumentView document = library.get(first);
			library.save(first, document.content().withAttachments(picture, java.util.List.of(pdf)));
		});
	}

	@Test
	void theSitesFilesAreListedWithWhoUploadedThemAndWhereTheyAreUsed() throws Exception {
		mvc.perform(get("/admin/media").param("siteId", String.valueOf(siteId)).with(DocumentApiTests.as(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("植树现场.png"), containsString("image/png"),
					containsString("植树方案.pdf"), containsString("application/pdf"), containsString(editor.username()),
					containsString("春季植树活动"), containsString("共 2 个文件"))))
			// opened on its own, the library offers no document a file
			.andExpect(content().string(not(containsString("设为题图"))));

		mvc.perform(get("/admin/media").param("siteId", String.valueOf(siteId)).param("text", "方案")
			.with(DocumentApiTests.as(editor)))
			.andExpect(content().string(allOf(containsString("植树方案.pdf"), not(containsString("植树现场.png")))));
		assertThat(editor.run(() -> media.find(new MediaQuery(siteId, null, MediaKind.PICTURES), 0, 30)))
			.extracting(MediaFile::fileName).containsExactly("植树现场.png");
		assertThat(editor.run(() -> media.find(new MediaQuery(siteId, editor.username(), MediaKind.FILES), 0, 30)))
			.extracting(MediaFile::fileName).containsExactly("植树方案.pdf");

		// another site's library does not show them
		long otherSite = fixtures.portal();
		Staff otherEditor = ContentFixtures.editor(otherSite);
		assertThat(otherEditor.run(() -> media.count(new MediaQuery(otherSite, null, MediaKind.ALL)))).isZero();
	}

	@Test
	void anotherDocumentTakesTheFilesAsCoverAttachmentAndBodyPictureWithoutASecondEntry() throws Exception {
		mvc.perform(get("/admin/media").param("documentId", String.valueOf(second)).with(DocumentApiTests.as(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("秋季植树活动"), containsString("设为题图"),
					containsString("作为附件"), containsString("用于正文"))));

		mvc.perform(post("/admin/documents/{id}/media/{file}", second, picture).param("use", "COVER")
			.with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(redirectedUrl("/admin/documents/" + second + "#files"))
			.andExpect(flash().attribute("successMessage", "已将“植树现场.png”设为题图。"));
		mvc.perform(post("/admin/documents/{id}/media/{file}", second, pdf).param("use", "ATTACHMENT")
			.with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(flash().attribute("successMessage", "已从媒体库添加附件“植树方案.pdf”。"));
		mvc.perform(post("/admin/documents/{id}/media/{file}", second, picture).param("use", "BODY")
			.with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(redirectedUrl("/admin/documents/" + second + "#body"));

		DocumentView taken = editor.run(() -> fixtures.library().get(second));
		AttachmentRef cover = taken.files().stream().filter(file -> file.id() == taken.content().coverId()).findFirst().orElseThrow();
		AttachmentRef original = editor.run(() -> fixtures.library().get(first)).files().stream()
			.filter(file -> file.id() == picture).findFirst().orElseThrow();
		// a file of its own, of the same content: its reviewers see what it shows, the bytes are stored once
		assertThat(cover.id()).isNotEqualTo(picture);
		assertThat(cover.sha256()).isEqualTo(original.sha256());
		assertThat(taken.files()).hasSize(2);
		assertThat(taken.content().attachmentIds()).hasSize(1).doesNotContain(pdf);

		mvc.perform(get("/admin/documents/{id}/pictures", second).with(DocumentApiTests.as(editor)))
			.andExpect(jsonPath("$[0].title").value("植树现场.png"))
			.andExpect(jsonPath("$[0].value").value("/admin/attachments/" + cover.id()));
		assertThat(editor.run(() -> media.find(new MediaQuery(siteId, null, MediaKind.ALL), 0, 30)))
			.hasSize(2)
			.allSatisfy(file -> assertThat(file.usedIn()).extracting(MediaFile.UsedIn::title)
				.containsExactlyInAnyOrder("春季植树活动", "秋季植树活动"));
	}

	@Test
	void anotherSitesFileAndAFileThatIsNoPictureAreRefusedAndNothingChanges() throws Exception {
		long otherSite = fixtures.portal();
		Staff otherEditor = ContentFixtures.editor(otherSite).with(org.govsite.identity.StaffRole.EDITOR.forSite(siteId));
		long foreign = fixtures.draft(otherEditor, otherSite, fixtures.channel(otherSite, "news"), "他站稿件");
		int versions = editor.run(() -> fixtures.library().get(second)).currentVersion();

		mvc.perform(post("/admin/documents/{id}/media/{file}", foreign, picture).param("use", "COVER")
			.header("Referer", "/admin/media?documentId=" + foreign).with(DocumentApiTests.as(otherEditor)).with(csrf()))
			.andExpect(flash().attribute("errorMessage", "“植树现场.png”属于其他站点的媒体库，只能选用本站的文件。"));
		mvc.perform(post("/admin/documents/{id}/media/{file}", second, pdf).param("use", "COVER")
			.header("Referer", "/admin/media?documentId=" + second).with(DocumentApiTests.as(editor)).with(csrf()))
			.andExpect(flash().attribute("errorMessage", "“植树方案.pdf”不是网页可显示的图片，不能用作题图或正文图片。"));

		assertThat(otherEditor.run(() -> fixtures.library().get(foreign)).files()).isEmpty();
		DocumentView unchanged = editor.run(() -> fixtures.library().get(second));
		assertThat(unchanged.files()).isEmpty();
		assertThat(unchanged.currentVersion()).isEqualTo(versions);

		// a reviewer reads the library but is offered nothing to take
		mvc.perform(get("/admin/media").param("documentId", String.valueOf(second))
			.with(DocumentApiTests.as(ContentFixtures.reviewer(siteId))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("植树现场.png"), not(containsString("设为题图")))));
	}

	/** A small picture of its own content for each site, so that no other test's upload shares it. */
	private static byte[] png(long seed) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, (int) seed);
		image.setRGB(1, 0, (int) (seed >>> 24));
		try {
			javax.imageio.ImageIO.write(image, "png", out);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
