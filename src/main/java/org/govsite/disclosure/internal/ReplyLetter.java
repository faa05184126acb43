package org.govsite.disclosure.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.govsite.disclosure.Outcome;
import org.govsite.disclosure.Reply;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The reply letter (政府信息公开申请答复书), as a .docx written with Apache POI and as a PDF
 * ({@link LetterPdf}): who asked what and when, the reply of its type with the office's text, what
 * is withheld and why for a partial disclosure, and always the remedies (administrative review
 * within 60 days, a lawsuit within 6 months). Both are generated from the stored reply whenever
 * asked, from the same paragraphs, so they never differ from it or from each other.
 */
@Component
public class ReplyLetter {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	private final LetterPdf pdf;

	ReplyLetter(MessageSource messages, LetterPdf pdf) {
		this.messages = messages;
		this.pdf = pdf;
	}

	/** How a paragraph of the letter is set. */
	enum Align {
		CENTER, LEFT, RIGHT
	}

	/** One paragraph of the letter; a left-aligned one is indented by two characters. */
	record Paragraph(String text, Align align, boolean bold, int size) {
	}

	/** The letter as a .docx. */
	public byte[] write(StoredRequest stored, String body) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (Paragraph paragraph : paragraphs(stored, body)) {
				XWPFParagraph written = document.createParagraph();
				written.setAlignment(switch (paragraph.align()) {
					case CENTER -> ParagraphAlignment.CENTER;
					case LEFT -> ParagraphAlignment.LEFT;
					case RIGHT -> ParagraphAlignment.RIGHT;
				});
				if (paragraph.align() == Align.LEFT) {
					written.setFirstLineIndent(560);
				}
				XWPFRun run = written.createRun();
				run.setText(paragraph.text());
				run.setBold(paragraph.bold());
				run.setFontSize(paragraph.size());
				run.setFontFamily("仿宋");
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The same letter as a PDF, its Chinese font embedded. */
	public byte[] pdf(StoredRequest stored, String body) {
		return pdf.write(text("disclosure.letter.title"), paragraphs(stored, body));
	}

	List<Paragraph> paragraphs(StoredRequest stored, String body) {
		DisclosureRequest request = stored.request();
		Reply reply = Objects.requireNonNull(request.reply());
		List<Paragraph> letter = new ArrayList<>();
		letter.add(new Paragraph(text("disclosure.letter.title"), Align.CENTER, true, 18));
		letter.add(new Paragraph(text("disclosure.letter.number", stored.number()), Align.CENTER, false, 12));
		letter.add(new Paragraph(stored.applicant().name() + "：", Align.LEFT, false, 14));
		letter.add(new Paragraph(text("disclosure.letter.received", date(request.receipt().receivedOn()),
				text("disclosure.channel." + request.receipt().channel().name()), stored.description()), Align.LEFT, false, 14));
		letter.add(new Paragraph(text("disclosure.letter.type." + reply.type().name()), Align.LEFT, false, 14));
		if (reply.outcome() == Outcome.PARTLY_DISCLOSED && reply.withheldReason() != null) {
			letter.add(new Paragraph(text("disclosure.letter.partly", text("disclosure.outcome." + reply.withheldReason().name())),
					Align.LEFT, false, 14));
		}
		for (String line : reply.text().split("\\R")) {
			if (!line.isBlank()) {
				letter.add(new Paragraph(line.strip(), Align.LEFT, false, 14));
			}
		}
		letter.add(new Paragraph(text("disclosure.letter.remedies", body), Align.LEFT, false, 14));
		letter.add(new Paragraph(body, Align.RIGHT, false, 14));
		letter.add(new Paragraph(date(reply.on()), Align.RIGHT, false, 14));
		return letter;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, CHINESE);
	}

	private static String date(LocalDate day) {
		return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}
}
