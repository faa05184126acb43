package org.govsite.demo.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * The files a demo guide offers for one material: its blank form, the instructions for filling it in
 * and a filled-in sample, as Word documents, so that every download of a demo guide opens.
 */
final class DemoForms {

	private static final List<String> FIELDS = List.of("申请人姓名", "居民身份证号码", "联系电话", "联系地址", "申请事项", "申请日期");

	private DemoForms() {
	}

	static byte[] blank(String material) {
		return document(material, "（空白表格）", List.of(), true, false);
	}

	static byte[] instructions(String material, String guide) {
		return document(material, "填写说明", List.of("本表用于办理“" + guide + "”。", "请用黑色签字笔或钢笔填写，字迹清楚，不得涂改。",
				"带“申请人”字样的栏目由申请人本人填写并签字；委托办理的，由受托人填写并附授权委托书。", "如有疑问，请在工作时间拨打咨询电话。"), false, false);
	}

	static byte[] sample(String material) {
		return document(material, "（填写示例）", List.of("以下内容仅为示例，请按本人实际情况填写。"), true, true);
	}

	private static byte[] document(String material, String subtitle, List<String> paragraphs, boolean table, boolean filled) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			paragraph(document, material, true, 16, ParagraphAlignment.CENTER);
			paragraph(document, subtitle, false, 12, ParagraphAlignment.CENTER);
			paragraphs.forEach(text -> paragraph(document, text, false, 12, ParagraphAlignment.LEFT));
			if (table) {
				XWPFTable form = document.createTable(FIELDS.size(), 2);
				for (int row = 0; row < FIELDS.size(); row++) {
					form.getRow(row).getCell(0).setText(FIELDS.get(row));
					form.getRow(row).getCell(1).setText(filled ? example(row) : "");
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String example(int row) {
		return List.of("张三", "（示例，勿填真实号码）", "0999-1234567", "示例县城关镇人民路 1 号", "按本事项填写", "2026年1月1日").get(row);
	}

	private static void paragraph(XWPFDocument document, String text, boolean bold, int size, ParagraphAlignment align) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(align);
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setBold(bold);
		run.setFontSize(size);
	}
}
