package org.govsite.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govsite.test.OfficeFiles.docx;
import static org.govsite.test.OfficeFiles.pdf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govsite.guard.GuardFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily scan reads the text of every kind of published file it names readable, and the scan
 * finds personal data in each: a page and an attachment (the attachment kinds themselves are
 * tested once, in the platform's {@code AttachmentTextTests}).
 */
class PublishedTextTests {

	private static final String ID_NUMBER = "110105194910010015";

	private final PublishedText reader = new PublishedText(1_000_000, 20_000);

	private final Scanner scanner = DictionaryText.defaults();

	@TempDir
	Path folder;

	@Test
	void theTextOfAPageAndOfAnAttachmentIsScanned() throws Exception {
		Path page = Files.writeString(folder.resolve("index.html"),
				"<html><head><title>名单</title></head><body><p>身份证号 " + ID_NUMBER + "</p></body></html>", StandardCharsets.UTF_8);
		Path word = Files.write(folder.resolve("名单.docx"), docx("获奖人员 张某 身份证号 " + ID_NUMBER));
		Path pdf = Files.write(folder.resolve("list.pdf"), pdf("ID " + ID_NUMBER));

		for (Path file : new Path[] { page, word, pdf }) {
			assertThat(PublishedText.readable(file.getFileName().toString())).as(file.toString()).isTrue();
			String text = reader.read(file);
			assertThat(text).as(file.toString()).contains(ID_NUMBER);
			assertThat(scanner.scan(text)).as(file.toString()).extracting(GuardFinding::kind).containsExactly("id-number");
		}
	}

	@Test
	void aFileAboveTheSizeLimitOrUnreadableIsPassedOver() throws Exception {
		Path large = Files.write(folder.resolve("large.docx"), docx("x".repeat(2_000)));
		Path largePage = Files.writeString(folder.resolve("large.html"), "<p>" + "x".repeat(2_000) + "</p>");
		Path broken = Files.writeString(folder.resolve("broken.pdf"), "not a PDF");

		assertThat(new PublishedText(100, 20_000).read(large)).isNull();
		assertThat(new PublishedText(100, 20_000).read(largePage)).isNull();
		assertThat(reader.read(broken)).isNull();
		assertThat(PublishedText.readable("logo.png")).isFalse();
	}
}
