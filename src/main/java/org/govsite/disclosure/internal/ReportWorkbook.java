package org.govsite.disclosure.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.disclosure.AnnualReport;
import org.govsite.disclosure.ApplicationTable;
import org.govsite.disclosure.Outcome;
import org.govsite.disclosure.OutcomeGroup;
import org.govsite.disclosure.ProactiveFigures;
import org.govsite.disclosure.ReviewFigures;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annual report as an .xlsx (Apache POI), laid out as the 2021 format's tables: one sheet with
 * sections 一 to 六, section 三's rows and seven columns in the format's order.
 */
@Component
public class ReportWorkbook {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	ReportWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] write(AnnualReport report) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(text("disclosure.report.sheet"));
			Lines lines = new Lines(sheet);
			lines.add(text("disclosure.report.heading", report.body(), report.year()));
			lines.add(text("disclosure.report.section1"));
			lines.add(report.overview());
			proactive(lines, report.proactive());
			applications(lines, report.applications());
			review(lines, report.review());
			lines.add(text("disclosure.report.section5"));
			lines.add(report.problems());
			lines.add(text("disclosure.report.section6"));
			lines.add(report.other());
			sheet.setColumnWidth(0, 60 * 256);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void proactive(Lines lines, ProactiveFigures figures) {
		lines.add(text("disclosure.report.section2"));
		lines.add(text("disclosure.report.kind"), text("disclosure.report.made"), text("disclosure.report.repealed"),
				text("disclosure.report.inForce"));
		lines.add(text("disclosure.report.rules"), figures.rulesMade(), figures.rulesRepealed(), figures.rulesInForce());
		lines.add(text("disclosure.report.normative"), figures.normativeMade(), figures.normativeRepealed(), figures.normativeInForce());
		lines.add(text("disclosure.report.licensing"), figures.licensing());
		lines.add(text("disclosure.report.penalty"), figures.penalty());
		lines.add(text("disclosure.report.coercion"), figures.coercion());
		lines.add(text("disclosure.report.fees"), figures.feesTenThousandYuan().toPlainString());
	}

	private void applications(Lines lines, ApplicationTable table) {
		lines.add(text("disclosure.report.section3"));
		Object[] header = new Object[ApplicationTable.COLUMNS + 1];
		header[0] = "";
		for (int column = 0; column < ApplicationTable.COLUMNS; column++) {
			header[column + 1] = text("disclosure.report.column." + column);
		}
		lines.add(header);
		lines.row(text("disclosure.report.received"), table.received());
		lines.row(text("disclosure.report.carriedIn"), table.carriedIn());
		for (OutcomeGroup group : OutcomeGroup.values()) {
			List<Outcome> rows = Outcome.inGroup(group);
			if (rows.size() == 1) {
				lines.row(text("disclosure.report.group." + group.name()), table.outcomes().get(rows.getFirst()));
				continue;
			}
			lines.row(text("disclosure.report.group." + group.name()), table.group(group));
			for (Outcome outcome : rows) {
				lines.row("    " + text("disclosure.outcome." + outcome.name()), table.outcomes().get(outcome));
			}
		}
		lines.row(text("disclosure.report.handled"), table.handled());
		lines.row(text("disclosure.report.carriedOut"), table.carriedOut());
	}

	private void review(Lines lines, ReviewFigures review) {
		lines.add(text("disclosure.report.section4"));
		lines.add("", text("disclosure.report.upheld"), text("disclosure.report.corrected"), text("disclosure.report.otherResult"),
				text("disclosure.report.pending"), text("disclosure.report.total"));
		reviewRow(lines, "disclosure.report.review", review.review());
		reviewRow(lines, "disclosure.report.directSuits", review.directSuits());
		reviewRow(lines, "disclosure.report.suitsAfterReview", review.suitsAfterReview());
	}

	private void reviewRow(Lines lines, String key, int[] row) {
		lines.add(text(key), row[0], row[1], row[2], row[3], ReviewFigures.total(row));
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, CHINESE);
	}

	/** Rows written one after another. */
	private static final class Lines {

		private final Sheet sheet;

		private int next;

		Lines(Sheet sheet) {
			this.sheet = sheet;
		}

		void row(String label, int[] values) {
			Object[] cells = new Object[values.length + 1];
			cells[0] = label;
			for (int i = 0; i < values.length; i++) {
				cells[i + 1] = values[i];
			}
			add(cells);
		}

		void add(Object... cells) {
			Row row = sheet.createRow(next++);
			for (int i = 0; i < cells.length; i++) {
				if (cells[i] instanceof Integer number) {
					row.createCell(i).setCellValue(number);
				}
				else {
					row.createCell(i).setCellValue(String.valueOf(cells[i]));
				}
			}
		}
	}
}
