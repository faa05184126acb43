package org.govsite.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.report.VisitFigures;
import org.jspecify.annotations.Nullable;

/** Visit statistics as an xlsx workbook: one sheet per table of the console page. */
public final class VisitWorkbook {

	private VisitWorkbook() {
	}

	public static byte[] write(VisitFigures figures) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet days = workbook.createSheet("每日访问");
			header(days, "日期", "浏览量", "独立访客");
			int r = 1;
			for (VisitFigures.Day day : figures.days()) {
				Row row = days.createRow(r++);
				row.createCell(0).setCellValue(day.day().toString());
				row.createCell(1).setCellValue(day.views());
				row.createCell(2).setCellValue(day.visitors());
			}
			Row total = days.createRow(r);
			total.createCell(0).setCellValue("合计");
			total.createCell(1).setCellValue(figures.views());
			total.createCell(2).setCellValue(figures.visitors());
			counts(workbook.createSheet("热门页面"), figures.pages(), "页面", "栏目", "浏览量");
			counts(workbook.createSheet("栏目"), figures.channels(), "栏目", null, "浏览量");
			counts(workbook.createSheet("来源"), figures.referrers(), "来源网站", null, "次数");
			counts(workbook.createSheet("搜索词"), figures.searches(), "搜索词", null, "次数");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void counts(Sheet sheet, List<VisitFigures.Count> counts, String name, @Nullable String detail,
			String count) {
		if (detail == null) {
			header(sheet, name, count);
		}
		else {
			header(sheet, name, detail, count);
		}
		int r = 1;
		for (VisitFigures.Count line : counts) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(line.name());
			int c = 1;
			if (detail != null) {
				row.createCell(c++).setCellValue(line.detail());
			}
			row.createCell(c).setCellValue(line.count());
		}
	}

	private static void header(Sheet sheet, String... names) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < names.length; i++) {
			row.createCell(i).setCellValue(names[i]);
			sheet.setColumnWidth(i, (i == 0 ? 40 : 14) * 256);
		}
	}
}
