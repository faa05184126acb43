package org.govsite.disclosure.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.govsite.disclosure.AnnualReport;
import org.govsite.publish.SitePage;
import org.govsite.publish.SitePage.Cell;
import org.govsite.publish.SitePage.Section;
import org.govsite.publish.SitePage.Table;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annual report as a .docx (Apache POI), laid out as its page on the site ({@link ReportPage}):
 * the same sections 一 to 六 and the same tables with their grouped headers, merged cells and all,
 * so that the document an office files and the page it publishes never differ.
 */
@Component
public class ReportDocument {

	private final MessageSource messages;

	ReportDocument(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] write(AnnualReport report, java.time.ZoneId zone) {
		SitePage page = new ReportPage(Texts.of(messages), zone).page(report);
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			paragraph(document, page.title(), ParagraphAlignment.CENTER, true, 18);
			if (page.intro() != null) {
				paragraph(document, page.intro(), ParagraphAlignment.CENTER, false, 12);
			}
			for (Section section : page.sections()) {
				paragraph(document, section.heading(), ParagraphAlignment.LEFT, true, 14);
				section.paragraphs().forEach(text -> paragraph(document, text, ParagraphAlignment.BOTH, false, 12));
				section.tables().forEach(table -> table(document, table));
				if (section.note() != null) {
					paragraph(document, section.note(), ParagraphAlignment.BOTH, false, 12);
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Lays the rows out on a grid as a browser does, then merges the cells each spans. */
	private static void table(XWPFDocument document, Table table) {
		List<List<Cell>> rows = new java.util.ArrayList<>(table.head());
		rows.addAll(table.body());
		int columns = 0;
		for (Cell cell : rows.get(0)) {
			columns += cell.colspan();
		}
		Cell[][] origin = new Cell[rows.size()][columns];
		boolean[][] covered = new boolean[rows.size()][columns];
		for (int r = 0; r < rows.size(); r++) {
			int c = 0;
			for (Cell cell : rows.get(r)) {
				while (c < columns && covered[r][c]) {
					c++;
				}
				origin[r][c] = cell;
				for (int dr = 0; dr < cell.rowspan(); dr++) {
					for (int dc = 0; dc < cell.colspan(); dc++) {
						covered[r + dr][c + dc] = true;
					}
				}
				c += cell.colspan();
			}
		}
		paragraph(document, table.caption(), ParagraphAlignment.CENTER, true, 12);
		XWPFTable written = document.createTable(rows.size(), columns);
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < columns; c++) {
				Cell cell = origin[r][c];
				if (cell == null) {
					continue;
				}
				XWPFTableCell target = written.getRow(r).getCell(c);
				XWPFRun run = target.getParagraphs().get(0).createRun();
				run.setText(cell.text());
				run.setBold(cell.header());
				run.setFontSize(10);
				for (int dr = 0; dr < cell.rowspan(); dr++) {
					for (int dc = 0; dc < cell.colspan(); dc++) {
						XWPFTableCell part = written.getRow(r + dr).getCell(c + dc);
						var properties = part.getCTTc().isSetTcPr() ? part.getCTTc().getTcPr() : part.getCTTc().addNewTcPr();
						if (cell.colspan() > 1) {
							properties.addNewHMerge().setVal(dc == 0 ? STMerge.RESTART : STMerge.CONTINUE);
						}
						if (cell.rowspan() > 1) {
							properties.addNewVMerge().setVal(dr == 0 ? STMerge.RESTART : STMerge.CONTINUE);
						}
					}
				}
			}
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
}
