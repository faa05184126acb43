package org.govsite.interaction.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.govsite.interaction.LetterRefused;
import org.govsite.interaction.NewAttachment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PDF check runs within a time limit and reads only the first pages, whatever the file. */
class AttachmentCheckTests {

	private static final long MAX_BYTES = 50L * 1024 * 1024;

	@Test
	void aPdfThatCannotBeCheckedInTimeIsRefusedInsteadOfHoldingTheRequest() throws IOException {
		NewAttachment heavy = new NewAttachment("材料.pdf", pdf(3_000));

		assertThatThrownBy(() -> AttachmentCheck.check(List.of(heavy), 3, MAX_BYTES, Duration.ofMillis(1)))
			.isInstanceOfSatisfying(LetterRefused.class, refused -> {
				assertThat(refused.status()).isEqualTo(415);
				assertThat(refused.code()).isEqualTo("interaction.attachment.slowPdf");
			});
	}

	@Test
	void onlyTheFirstPagesOfALongPdfAreReadForTheContentCheck() throws IOException {
		int pages = AttachmentCheck.MAX_PAGES + 20;
		NewAttachment longPdf = new NewAttachment("材料.pdf", pdf(pages));

		List<AttachmentCheck.Checked> checked = AttachmentCheck.check(List.of(longPdf), 3, MAX_BYTES, Duration.ofMinutes(2));

		assertThat(checked).singleElement().satisfies(file -> {
			assertThat(file.mediaType()).isEqualTo("application/pdf");
			assertThat(file.text()).contains("page-1 ", "page-" + AttachmentCheck.MAX_PAGES + " ")
				.doesNotContain("page-" + (AttachmentCheck.MAX_PAGES + 1) + " ");
		});
	}

	private static byte[] pdf(int pages) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (int number = 1; number <= pages; number++) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream text = new PDPageContentStream(document, page)) {
					text.beginText();
					text.setFont(font, 12);
					text.newLineAtOffset(50, 700);
					text.showText("page-" + number + " ");
					text.endText();
				}
			}
			document.save(out);
			return out.toByteArray();
		}
	}
}
