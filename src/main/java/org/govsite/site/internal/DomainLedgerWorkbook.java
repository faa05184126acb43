package org.govsite.site.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.site.LedgerEntry;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The domain ledger as an .xlsx (Apache POI) for the supervising office: one row per domain. */
@Component
public class DomainLedgerWorkbook {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final String[] COLUMNS = { "name", "kind", "site", "registrar", "registeredOn", "expiresOn",
			"icpNumber", "status", "openedBy", "appliedBy", "usedBy", "responsible", "steps" };

	private final MessageSource messages;

	DomainLedgerWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] write(List<LedgerEntry> entries) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(text("site.ledger.title"));
			Row header = sheet.createRow(0);
			for (int column = 0; column < COLUMNS.length; column++) {
				header.createCell(column).setCellValue(text("site.ledger.column." + COLUMNS[column]));
			}
			int rowIndex = 1;
			for (LedgerEntry entry : entries) {
				Row row = sheet.createRow(rowIndex++);
				String[] values = { entry.name(), text(entry.chinese() ? "site.ledger.chinese" : "site.ledger.english"),
						entry.siteName(), entry.registrar(), day(entry.registeredOn()), day(entry.expiresOn()),
						entry.icpNumber(), text("site.ledger.status." + entry.status().name()), entry.openedBy(),
						entry.appliedBy(), entry.usedBy(), entry.responsible(), steps(entry) };
				for (int column = 0; column < values.length; column++) {
					row.createCell(column).setCellValue(values[column] == null ? "" : values[column]);
				}
			}
			for (int column = 0; column < COLUMNS.length; column++) {
				sheet.setColumnWidth(column, (column == COLUMNS.length - 1 ? 60 : 18) * 256);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String steps(LedgerEntry entry) {
		return entry.steps().stream()
			.map(step -> text("site.ledger.item." + step.item().name()) + " "
					+ (step.doneAt() == null ? text("site.ledger.stepDue", step.due().toString()) : text("site.ledger.stepDone")))
			.collect(Collectors.joining("；"));
	}

	private static @Nullable String day(@Nullable LocalDate day) {
		return day == null ? null : day.toString();
	}

	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, CHINESE);
	}
}
