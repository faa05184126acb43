package org.govsite.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govsite.test.OfficeFiles.docx;
import static org.govsite.test.OfficeFiles.pdf;
import static org.govsite.test.OfficeFiles.xlsx;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

/**
 * The text of Word, Excel and PDF attachments is read; a file above the size limit, a broken one
 * and one of another kind are passed over; the text is cut at the length limit.
 */
class AttachmentTextTests {

	private static final String ID_NUMBER = "110105194910010015";

	private final AttachmentText reader = new AttachmentText(1_000_000, 20_000, 10_000);

	@Test
	void theTextOfWordExcelAndPdfAttachmentsIsRead() throws Exception {
		assertThat(reader.read("名单.docx", stream(docx("获奖人员 张某 身份证号 " + ID_NUMBER)))).contains("张某", ID_NUMBER);
		assertThat(reader.read("名单.XLSX", stream(xlsx("身份证号", ID_NUMBER)))).contains("身份证号", ID_NUMBER);
		assertThat(reader.read("list.pdf", stream(pdf("ID " + ID_NUMBER)))).contains(ID_NUMBER);
	}

	@Test
	void theKindIsToldByTheExtension() {
		for (String name : new String[] { "a.pdf", "a.doc", "a.docx", "a.xls", "a.xlsx", "a.wps", "a.et", "dir/A.PDF" }) {
			assertThat(AttachmentText.readable(name)).as(name).isTrue();
		}
		for (String name : new String[] { "logo.png", "index.html", "pdf", "a.pdf.zip" }) {
			assertThat(AttachmentText.readable(name)).as(name).isFalse();
		}
	}

	@Test
	void aFileAboveTheSizeLimitOrUnreadableIsPassedOver() throws Exception {
		AttachmentText small = new AttachmentText(100, 20_000, 10_000);

		assertThat(small.fits(100)).isTrue();
		assertThat(small.fits(101)).isFalse();
		assertThat(small.read("large.docx", stream(docx("x".repeat(2_000))))).isNull();
		assertThat(reader.read("broken.pdf", stream("not a PDF".getBytes()))).isNull();
		assertThat(reader.read("broken.docx", stream("not a Word file".getBytes()))).isNull();
	}

	@Test
	void theTextIsCutAtTheLengthLimit() throws Exception {
		AttachmentText short20 = new AttachmentText(1_000_000, 20_000, 20);

		assertThat(short20.read("long.docx", stream(docx("y".repeat(500))))).isEqualTo("y".repeat(20));
	}

	private static InputStream stream(byte[] bytes) {
		return new ByteArrayInputStream(bytes);
	}
}
