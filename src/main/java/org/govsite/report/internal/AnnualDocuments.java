package org.govsite.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.govsite.report.AnnualWebsiteReport;

/** The annual website report as an xlsx workbook and as a docx document: the form's sections as tables. */
public final class AnnualDocuments {

	private AnnualDocuments() {
	}

	public static byte[] xlsx(AnnualWebsiteReport report) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(report.year() + "年度");
			sheet.setColumnWidth(0, 16 * 256);
			sheet.setColumnWidth(1, 44 * 256);
			sheet.setColumnWidth(2, 40 * 256);
			sheet.createRow(0).createCell(0).setCellValue(title(report));
			int r = 2;
			Row header = sheet.createRow(r++);
			header.createCell(0).setCellValue("类别");
			header.createCell(1).setCellValue("项目");
			header.createCell(2).setCellValue("内容");
			for (AnnualWebsiteReport.Section section : report.sections()) {
				for (AnnualWebsiteReport.Line line : section.lines()) {
					Row row = sheet.createRow(r++);
					row.createCell(0).setCellValue(section.title());
					row.createCell(1).setCellValue(line.label());
					row.createCell(2).setCellValue(line.value());
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static byte[] docx(AnnualWebsiteReport report, java.time.ZoneId zone) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFParagraph heading = document.createParagraph();
			heading.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
			XWPFRun run = heading.createRun();
			run.setBold(true);
			run.setFontSize(16);
			run.setText(title(report));
			if (report.publishedAt() != null) {
				document.createParagraph().createRun().setText("发布日期："
						+ DateTimeFormatter.ISO_LOCAL_DATE.format(report.publishedAt().atZone(zone)));
			}
			for (AnnualWebsiteReport.Section section : report.sections()) {
				XWPFRun sectionTitle = document.createParagraph().createRun();
				sectionTitle.setBold(true);
				sectionTitle.setText(section.title());
				XWPFTable table = document.createTable(section.lines().size(), 2);
				for (int i = 0; i < section.lines().size(); i++) {
					XWPFTableRow row = table.getRow(i);
					row.getCell(0).setText(section.lines().get(i).label());
					row.getCell(1).setText(section.lines().get(i).value());
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String title(AnnualWebsiteReport report) {
		return report.siteName() + " " + report.title() + "（" + report.year() + "年度）";
	}
}
