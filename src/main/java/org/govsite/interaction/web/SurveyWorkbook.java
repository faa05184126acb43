package org.govsite.interaction.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.interaction.SurveyQuestion;
import org.govsite.interaction.SurveyTally;
import org.govsite.interaction.SurveyView;

/** A survey's published results as an xlsx workbook (Apache POI): one row per option, with its count and share. */
final class SurveyWorkbook {

	private SurveyWorkbook() {
	}

	static void write(SurveyView survey, SurveyTally tally, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("调查结果");
			row(sheet, 0, survey.title());
			row(sheet, 1, "有效答卷", Integer.toString(tally.responses()));
			row(sheet, 3, "题号", "题目", "题型", "选项", "人数", "比例");
			int line = 4;
			for (SurveyTally.QuestionTally question : tally.questions()) {
				SurveyQuestion asked = question.question();
				String kind = switch (asked.kind()) {
					case SINGLE -> "单选题";
					case MULTIPLE -> "多选题";
					case TEXT -> "填空题";
				};
				if (asked.options().isEmpty()) {
					Row row = row(sheet, line++, Integer.toString(asked.position()), asked.text(), kind, "（作答人数）");
					row.createCell(4).setCellValue(question.answered());
					continue;
				}
				for (int i = 0; i < asked.options().size(); i++) {
					long count = question.optionCounts().get(i);
					Row row = row(sheet, line++, Integer.toString(asked.position()), asked.text(), kind,
							asked.options().get(i).text());
					row.createCell(4).setCellValue(count);
					row.createCell(5).setCellValue(tally.responses() == 0 ? 0 : (double) count / tally.responses());
				}
			}
			sheet.setColumnWidth(1, 40 * 256);
			sheet.setColumnWidth(3, 24 * 256);
			workbook.write(out);
		}
	}

	private static Row row(Sheet sheet, int index, String... cells) {
		Row row = sheet.createRow(index);
		List<String> values = List.of(cells);
		for (int i = 0; i < values.size(); i++) {
			row.createCell(i).setCellValue(values.get(i));
		}
		return row;
	}
}
