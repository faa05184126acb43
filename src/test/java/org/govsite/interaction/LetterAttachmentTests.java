package org.govsite.interaction;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.govsite.interaction.LetterFixtures.Desk;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govsite.interaction.LetterHandlingTests.as;
import static org.govsite.interaction.LetterHandlingTests.console;
import static org.govsite.interaction.LetterHandlingTests.phone;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A letter's attachments: images and PDF typed by their content, limited in number and size, a PDF
 * that runs something refused, all refused with nothing stored; shown to the letter's handlers as
 * files to save (reading audited); on the site only once the letter is published and a handler
 * allowed the attachment.
 */
@IntegrationTest
class LetterAttachmentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LetterFixtures fixtures;

	@Autowired
	ProofOfWork proof;

	@Autowired
	LetterHandling handling;

	@Autowired
	JdbcClient jdbc;

	Desk desk;

	/** An address of this test's own: the per-address limit is not shared with other tests. */
	String address;

	@BeforeEach
	void desk() {
		desk = fixtures.desk(false);
		address = "10.14." + java.util.concurrent.ThreadLocalRandom.current().nextInt(256) + "."
				+ java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255);
	}

	org.springframework.test.web.servlet.request.RequestPostProcessor fromAddress() {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static byte[] png() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	static byte[] pdf(boolean withScript) throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			if (withScript) {
				document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('x')"));
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	int lettersInMailbox() {
		return jdbc.sql("select count(*) from interaction_letter where mailbox_id = :m").param("m", desk.mailbox())
			.query(Integer.class).single();
	}

	ResultActions api(MockMultipartFile... files) throws Exception {
		var request = multipart("/api/public/mailboxes/" + desk.mailbox() + "/letters")
			.file(new MockMultipartFile("letter", "", "application/json",
					fixtures.body(LetterFixtures.letter(phone(), "附件")).getBytes(StandardCharsets.UTF_8)));
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		return mvc.perform(request.with(fromAddress()));
	}

	@Test
	void attachmentsAreKeptShownToHandlersAndPublishedOnlyWhenAllowed() throws Exception {
		byte[] png = png();
		byte[] pdf = pdf(false);
		ProofOfWork.Challenge challenge = proof.issue();
		mvc.perform(multipart("/letters/write").file(new MockMultipartFile("files", "现场.png", "image/png", png))
				.file(new MockMultipartFile("files", "../../材料", "application/octet-stream", pdf))
				.param("mailbox", String.valueOf(desk.mailbox())).param("name", "郑一").param("title", "女士")
				.param("phone", phone()).param("subject", "小区门口积水").param("content", "下雨就积水，照片见附件。")
				.param("publishable", "true").param("challenge", challenge.challenge())
				.param("solution", ProofOfWork.solve(challenge)).with(csrf()).with(fromAddress()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("查询码")));
		long id = jdbc.sql("select id from interaction_letter where mailbox_id = :m").param("m", desk.mailbox())
			.query(Long.class).single();
		var stored = jdbc.sql("select id, file_name, media_type from interaction_letter_attachment where letter_id = :l order by id")
			.param("l", id).query().listOfRows();
		assertThat(stored).extracting(row -> row.get("media_type")).containsExactly("image/png", "application/pdf");
		assertThat(stored).extracting(row -> row.get("file_name")).containsExactly("现场.png", "材料.pdf");
		long pngId = ((Number) stored.get(0).get("id")).longValue();
		assertThat(jdbc.sql("select convert_from(substring(content from 1 for 7), 'UTF8') from interaction_letter_attachment where id = :id")
			.param("id", pngId).query(String.class).single()).as("sealed with SM4, not the file in the clear").isEqualTo("sm4gcm:");

		mvc.perform(get("/admin/letters/" + id).with(as(desk.portalHandler())))
			.andExpect(content().string(containsString("现场.png")))
			.andExpect(content().string(containsString("材料.pdf")));
		mvc.perform(get("/admin/letters/" + id + "/attachments/" + pngId).with(as(desk.portalHandler())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(png));
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'interaction.letter.attachment' and object_id = :id")
			.param("id", String.valueOf(id)).query(Integer.class).single()).as("the reading audited").isEqualTo(1);
		mvc.perform(get("/admin/letters/" + id + "/attachments/" + pngId).with(as(desk.departmentHandler())))
			.andExpect(status().isForbidden());

		desk.portalHandler().run(() -> handling.accept(id, false));
		desk.portalHandler().run(() -> handling.draftReply(id, "已安排疏通。"));
		desk.secondPortalHandler().run(() -> handling.approveReply(id, true));
		mvc.perform(get("/letters/replies/" + id)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("现场.png"))));
		mvc.perform(get("/letters/replies/" + id + "/attachments/" + pngId)).andExpect(status().isNotFound());

		mvc.perform(console("/admin/letters/" + id + "/attachments/" + pngId + "/public", desk.portalHandler())
				.param("allowed", "true"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/letters/replies/" + id)).andExpect(content().string(containsString("现场.png")))
			.andExpect(content().string(not(containsString("材料.pdf"))));
		mvc.perform(get("/letters/replies/" + id + "/attachments/" + pngId))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().bytes(png));
		long pdfId = ((Number) stored.get(1).get("id")).longValue();
		mvc.perform(get("/letters/replies/" + id + "/attachments/" + pdfId)).andExpect(status().isNotFound());
	}

	@Test
	void aFileOfAnotherTypeTooManyFilesATooLargeFileOrAPdfThatRunsAreRefusedAndNothingIsStored() throws Exception {
		byte[] exe = ("MZ" + "\0".repeat(200)).getBytes(StandardCharsets.ISO_8859_1);
		api(new MockMultipartFile("files", "photo.png", "image/png", exe))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail").value("附件只能是 JPG、PNG 图片或 PDF 文件（按文件内容判断）。"));
		api(new MockMultipartFile("files", "page.png", "image/png", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isUnsupportedMediaType());
		api(new MockMultipartFile("files", "bad.pdf", "application/pdf", pdf(true)))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail", containsString("脚本")));
		byte[] png = png();
		api(new MockMultipartFile("files", "1.png", "image/png", png), new MockMultipartFile("files", "2.png", "image/png", png),
				new MockMultipartFile("files", "3.png", "image/png", png), new MockMultipartFile("files", "4.png", "image/png", png))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("附件数量超过限制，请删减后再提交。"));
		byte[] huge = new byte[6 * 1024 * 1024];
		System.arraycopy(png, 0, huge, 0, png.length);
		api(new MockMultipartFile("files", "huge.png", "image/png", huge))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.detail").value("附件过大，请压缩后再提交。"));
		assertThat(lettersInMailbox()).isZero();

		api(new MockMultipartFile("files", "ok.png", "image/png", png)).andExpect(status().isCreated());
		assertThat(lettersInMailbox()).isEqualTo(1);
	}
}
