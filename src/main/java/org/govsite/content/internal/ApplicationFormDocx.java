package org.govsite.content.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.govsite.content.ApplicationFormView;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The publishing application form as a Word document (.docx, Apache POI): the format offices file
 * and print, and the one the platform already reads and writes. A PDF would need another library
 * and a CJK font shipped with it; a .docx opens in WPS and Word alike and prints as the form.
 */
@Component
public class ApplicationFormDocx {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MessageSource messages;

	ApplicationFormDocx(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] write(ApplicationFormView form, ZoneId zone) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFParagraph heading = document.createParagraph();
			heading.setAlignment(ParagraphAlignment.CENTER);
			XWPFRun title = heading.createRun();
			title.setBold(true);
			title.setFontSize(18);
			title.setText(text("content.applicationForm.title"));
			Map<String, String> rows = new LinkedHashMap<>();
			rows.put(text("content.applicationForm.field.applicantUnit"), form.applicantUnit());
			rows.put(text("content.applicationForm.field.applicant"), form.applicant());
			rows.put(text("content.applicationForm.field.applicantPhone"), orDash(form.applicantPhone()));
			rows.put(text("content.applicationForm.field.subject"), form.subject());
			rows.put(text("content.applicationForm.field.channels"), form.channels());
			rows.put(text("content.applicationForm.field.reason"), orDash(form.reason()));
			rows.put(text("content.applicationForm.field.secrecy"),
					text(form.secrecyChecked() ? "content.applicationForm.secrecyChecked" : "content.applicationForm.secrecyNotChecked"));
			rows.put(text("content.applicationForm.field.filledAt"), WHEN.format(form.filledAt().atZone(zone)));
			rows.put(text("content.applicationForm.field.signature"), signature(form, zone));
			XWPFTable table = document.createTable(rows.size(), 2);
			int row = 0;
			for (Map.Entry<String, String> entry : rows.entrySet()) {
				table.getRow(row).getCell(0).setText(entry.getKey());
				table.getRow(row).getCell(1).setText(entry.getValue());
				row++;
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String signature(ApplicationFormView form, ZoneId zone) {
		Instant at = form.signedAt();
		if (at == null) {
			return text("content.applicationForm.awaitingSignature");
		}
		String signed = text("content.applicationForm.signedBy", form.signedBy(), WHEN.format(at.atZone(zone)));
		return form.signNote() == null ? signed : signed + "：" + form.signNote();
	}

	private static String orDash(@Nullable String value) {
		return value == null || value.isBlank() ? "—" : value;
	}

	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, CHINESE);
	}
}
