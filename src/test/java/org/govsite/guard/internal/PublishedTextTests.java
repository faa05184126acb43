package org.govsite.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.govsite.guard.GuardFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily scan reads the text of every kind of published file it names readable, and the scan
 * finds personal data in each: a page, a Word, an Excel and a PDF attachment.
 */
class PublishedTextTests {

	private static final String ID_NUMBER = "110105194910010015";

	private final PublishedText reader = new PublishedText(1_000_000, 20_000);

	private final Scanner scanner = DictionaryText.defaults();

	@TempDir
	Path folder;

	@Test
	void theTextOfAPageAndOfWordExcelAndPdfAttachmentsIsScanned() throws Exception {
		Path page = Files.writeString(folder.resolve("index.html"),
				"<html><head><title>名单</title></head><body><p>身份证号 " + ID_NUMBER + "</p></body></html>", StandardCharsets.UTF_8);
		Path word = Files.write(folder.resolve("名单.docx"), docx("获奖人员 张某 身份证号 " + ID_NUMBER));
		Path excel = Files.write(folder.resolve("名单.xlsx"), xlsx("身份证号", ID_NUMBER));
		Path pdf = Files.write(folder.resolve("list.pdf"), pdf("ID " + ID_NUMBER));

		for (Path file : new Path[] { page, word, excel, pdf }) {
			assertThat(PublishedText.readable(file.getFileName().toString())).as(file.toString()).isTrue();
			String text = reader.read(file);
			assertThat(text).as(file.toString()).contains(ID_NUMBER);
			assertThat(scanner.scan(text)).as(file.toString()).extracting(GuardFinding::kind).containsExactly("id-number");
		}
	}

	@Test
	void aFileAboveTheSizeLimitOrUnreadableIsPassedOver() throws Exception {
		Path large = Files.write(folder.resolve("large.docx"), docx("x".repeat(2_000)));
		Path broken = Files.writeString(folder.resolve("broken.pdf"), "not a PDF");

		assertThat(new PublishedText(100, 20_000).read(large)).isNull();
		assertThat(reader.read(broken)).isNull();
		assertThat(PublishedText.readable("logo.png")).isFalse();
	}

	private static byte[] docx(String text) throws Exception {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] xlsx(String header, String value) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var row = workbook.createSheet("名单").createRow(0);
			row.createCell(0).setCellValue(header);
			row.createCell(1).setCellValue(value);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] pdf(String text) throws Exception {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}
}
