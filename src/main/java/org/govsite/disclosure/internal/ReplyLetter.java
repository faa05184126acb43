package org.govsite.disclosure.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
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
 * The reply letter (政府信息公开申请答复书) as a .docx, written with Apache POI: who asked what and
 * when, the reply of its type with the office's text, what is withheld and why for a partial
 * disclosure, and always the remedies (administrative review within 60 days, a lawsuit within 6
 * months). Generated from the stored reply whenever asked, so it never differs from it.
 */
@Component
public class ReplyLetter {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	ReplyLetter(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] write(StoredRequest stored, String body) {
		DisclosureRequest request = stored.request();
		Reply reply = Objects.requireNonNull(request.reply());
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			paragraph(document, text("disclosure.letter.title"), ParagraphAlignment.CENTER, true, 18);
			paragraph(document, text("disclosure.letter.number", stored.number()), ParagraphAlignment.CENTER, false, 12);
			paragraph(document, stored.applicant().name() + "：", ParagraphAlignment.LEFT, false, 14);
			paragraph(document, text("disclosure.letter.received", date(request.receipt().receivedOn()),
					text("disclosure.channel." + request.receipt().channel().name()), stored.description()),
					ParagraphAlignment.LEFT, false, 14);
			paragraph(document, text("disclosure.letter.type." + reply.type().name()), ParagraphAlignment.LEFT, false, 14);
			if (reply.outcome() == Outcome.PARTLY_DISCLOSED && reply.withheldReason() != null) {
				paragraph(document, text("disclosure.letter.partly", text("disclosure.outcome." + reply.withheldReason().name())),
						ParagraphAlignment.LEFT, false, 14);
			}
			for (String line : reply.text().split("\\R")) {
				if (!line.isBlank()) {
					paragraph(document, line.strip(), ParagraphAlignment.LEFT, false, 14);
				}
			}
			paragraph(document, text("disclosure.letter.remedies", body), ParagraphAlignment.LEFT, false, 14);
			paragraph(document, body, ParagraphAlignment.RIGHT, false, 14);
			paragraph(document, date(reply.on()), ParagraphAlignment.RIGHT, false, 14);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void paragraph(XWPFDocument document, String text, ParagraphAlignment alignment, boolean bold, int size) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		if (alignment == ParagraphAlignment.LEFT) {
			paragraph.setFirstLineIndent(560);
		}
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setBold(bold);
		run.setFontSize(size);
		run.setFontFamily("仿宋");
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, CHINESE);
	}

	private static String date(LocalDate day) {
		return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}
}
