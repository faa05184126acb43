package org.govsite.disclosure.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govsite.disclosure.internal.ReplyLetter.Align;
import org.govsite.disclosure.internal.ReplyLetter.Paragraph;
import org.govsite.platform.RuleViolation;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;

import org.springframework.stereotype.Component;

/**
 * Sets the reply letter's paragraphs as an A4 PDF with OpenPDF, in the CJK font that
 * {@code govsite.disclosure.letter-font} names (by default the system's Noto Serif CJK SC, Debian's
 * {@code fonts-noto-cjk}), embedded as a subset of the characters used so that the letter reads
 * the same on any machine. A machine without that font refuses the PDF in plain Chinese rather
 * than printing boxes.
 */
@Component
class LetterPdf {

	private final String font;

	LetterPdf(DisclosureProperties properties) {
		this.font = properties.letterFont();
	}

	byte[] write(String title, List<Paragraph> paragraphs) {
		String file = font.replaceFirst(",\\d+$", "");
		if (!Files.isReadable(Path.of(file))) {
			throw new RuleViolation("disclosure.letter.noFont", file);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		// 公文 margins: 37 mm top, 28 mm left, 26 mm right, 35 mm bottom (GB/T 9704), in points
		Document document = new Document(PageSize.A4, 79, 74, 105, 99);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle(title);
			document.open();
			BaseFont base = BaseFont.createFont(font, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			for (Paragraph paragraph : paragraphs) {
				org.openpdf.text.Paragraph set = new org.openpdf.text.Paragraph(paragraph.text(),
						new Font(base, paragraph.size(), paragraph.bold() ? Font.BOLD : Font.NORMAL));
				set.setAlignment(switch (paragraph.align()) {
					case CENTER -> Element.ALIGN_CENTER;
					case LEFT -> Element.ALIGN_JUSTIFIED;
					case RIGHT -> Element.ALIGN_RIGHT;
				});
				if (paragraph.align() == Align.LEFT) {
					set.setFirstLineIndent(paragraph.size() * 2f);
				}
				set.setLeading(paragraph.size() * 1.75f);
				set.setSpacingAfter(paragraph.size() * 0.4f);
				document.add(set);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			document.close();
		}
		return out.toByteArray();
	}
}
