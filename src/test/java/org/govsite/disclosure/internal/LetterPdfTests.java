package org.govsite.disclosure.internal;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.govsite.disclosure.internal.ReplyLetter.Align;
import org.govsite.disclosure.internal.ReplyLetter.Paragraph;
import org.govsite.platform.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The PDF reply letter carries its Chinese text in an embedded font (readable back, printed the same
 * on a machine without the font), and a machine without the configured font says so instead of
 * printing empty boxes.
 */
class LetterPdfTests {

	private static final List<Paragraph> LETTER = List.of(new Paragraph("政府信息公开申请答复书", Align.CENTER, true, 18),
			new Paragraph("张明：", Align.LEFT, false, 14),
			new Paragraph("如对本答复不服，可以自收到本答复之日起 60 日内依法申请行政复议。", Align.LEFT, false, 14),
			new Paragraph("示例县人民政府办公室", Align.RIGHT, false, 14));

	private static DisclosureProperties font(String font) {
		return new DisclosureProperties("01-31", "02-20", 30, 5, font);
	}

	@Test
	void theLetterIsReadableChineseInAnEmbeddedFont() throws Exception {
		byte[] pdf = new LetterPdf(font("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2"))
			.write("政府信息公开申请答复书", LETTER);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", ""))
				.contains("政府信息公开申请答复书", "张明：", "60日内依法申请行政复议", "示例县人民政府办公室");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("政府信息公开申请答复书");
			PDFont used = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(used.isEmbedded()).isTrue();
		}
	}

	@Test
	void withoutTheFontThePdfIsRefusedInChinese() {
		assertThatThrownBy(() -> new LetterPdf(font("/nowhere/NoSuchFont.ttc,2")).write("答复书", LETTER))
			.isInstanceOfSatisfying(RuleViolation.class, refusal -> {
				assertThat(refusal.code()).isEqualTo("disclosure.letter.noFont");
				assertThat(refusal.arguments()).containsExactly("/nowhere/NoSuchFont.ttc");
			});
	}
}
