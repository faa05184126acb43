package org.govsite.assessment.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.govsite.assessment.RankedSite;
import org.govsite.assessment.Verdict;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 月度检查通报: the month's inspection bulletin as a .docx, from the month's last scores: the
 * group's figures, the ranking with vetoes and open problems, and the sites flagged for talks.
 */
@Component
public class MonthlyBulletin {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	public MonthlyBulletin(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] write(YearMonth month, LocalDate day, List<RankedSite> ranking) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			paragraph(document, text("assessment.bulletin.title", String.valueOf(month.getYear()), month.getMonthValue()), ParagraphAlignment.CENTER,
					true, 18);
			long failed = ranking.stream().filter(r -> r.score().verdict() == Verdict.FAIL).count();
			long vetoed = ranking.stream().filter(r -> !r.score().vetoes().isEmpty()).count();
			int open = ranking.stream().mapToInt(RankedSite::openProblems).sum();
			paragraph(document, text("assessment.bulletin.summary", date(day), String.valueOf(ranking.size()),
					String.valueOf(ranking.size() - failed), String.valueOf(failed), String.valueOf(vetoed), String.valueOf(open)), ParagraphAlignment.LEFT, false, 14);
			XWPFTable table = document.createTable(ranking.size() + 1, 6);
			row(table.getRow(0), text("assessment.ranking.rank"), text("assessment.ranking.site"), text("assessment.ranking.score"),
					text("assessment.ranking.verdict"), text("assessment.ranking.vetoes"), text("assessment.ranking.open"));
			for (int i = 0; i < ranking.size(); i++) {
				RankedSite site = ranking.get(i);
				row(table.getRow(i + 1), String.valueOf(site.rank()), site.siteName(),
						site.score().score() == null ? "—" : site.score().score().toPlainString(),
						text("assessment.verdict." + site.score().verdict().code()),
						site.score().vetoes().stream().map(v -> text("assessment.veto." + v.code())).collect(Collectors.joining("、")),
						String.valueOf(site.openProblems()));
			}
			List<String> flagged = ranking.stream().filter(RankedSite::flagged).map(RankedSite::siteName).toList();
			paragraph(document, flagged.isEmpty() ? text("assessment.bulletin.noneFlagged")
					: text("assessment.bulletin.flagged", String.join("、", flagged)), ParagraphAlignment.LEFT, false, 14);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void row(XWPFTableRow row, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			row.getCell(i).setText(cells[i]);
		}
	}

	private static void paragraph(XWPFDocument document, String text, ParagraphAlignment alignment, boolean bold, int size) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
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
