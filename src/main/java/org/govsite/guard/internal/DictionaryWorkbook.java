package org.govsite.guard.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.guard.GuardRefusal;

/**
 * The dictionary as an Excel workbook (xlsx), for offices that keep their lists in Excel: one
 * entry a row of the first sheet, columns category, level, pattern, suggestion, under a header
 * row. Read by turning the rows into the plain-text form, so both are checked alike (a wrong row
 * is refused with its number).
 */
public final class DictionaryWorkbook {

	private static final String[] HEADER = { "category", "level", "pattern", "suggestion" };

	private DictionaryWorkbook() {
	}

	public static byte[] write(List<DictionaryEntry> entries) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("dictionary");
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADER.length; i++) {
				header.createCell(i).setCellValue(HEADER[i]);
			}
			int r = 1;
			for (DictionaryEntry entry : entries) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(entry.category().code());
				row.createCell(1).setCellValue(entry.level().code());
				row.createCell(2).setCellValue(entry.pattern());
				row.createCell(3).setCellValue(entry.suggestion() == null ? "" : entry.suggestion());
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The rows as the plain-text form: row n of the sheet is line n; the header row becomes a comment. */
	public static String asText(byte[] xlsx) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter format = new DataFormatter();
			StringBuilder text = new StringBuilder();
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || r == 0 && HEADER[0].equalsIgnoreCase(cell(row, 0, format))) {
					text.append("#\n");
					continue;
				}
				for (int c = 0; c < HEADER.length; c++) {
					text.append(c == 0 ? "" : "\t").append(cell(row, c, format).replace('\t', ' '));
				}
				text.append('\n');
			}
			return text.toString();
		}
		catch (IOException | RuntimeException e) {
			throw new GuardRefusal("guard.import.badWorkbook");
		}
	}

	private static String cell(Row row, int column, DataFormatter format) {
		Cell cell = row.getCell(column);
		return cell == null ? "" : format.formatCellValue(cell).strip();
	}
}
