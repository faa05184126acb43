package org.govsite.content.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word documents built in code with POI for the import tests: a title, headings, styled runs, a
 * bulleted list, a table with a header row and merged cells, and a picture.
 */
public final class Docx {

	private Docx() {
	}

	/** A typical notice: what the import must turn into clean HTML. */
	public static byte[] notice(byte[] picture) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFStyles styles = document.createStyles();
			style(styles, "Title", "Title");
			style(styles, "Heading1", "heading 1");
			style(styles, "Heading2", "heading 2");

			XWPFParagraph title = document.createParagraph();
			title.setStyle("Title");
			title.createRun().setText("关于做好春耕生产工作的通知");

			XWPFParagraph heading = document.createParagraph();
			heading.setStyle("Heading1");
			heading.createRun().setText("一、总体要求");

			XWPFParagraph body = document.createParagraph();
			XWPFRun plain = body.createRun();
			plain.setFontFamily("仿宋_GB2312");
			plain.setFontSize(16);
			plain.setColor("FF0000");
			plain.setText("各乡镇要");
			XWPFRun bold = body.createRun();
			bold.setBold(true);
			bold.setFontFamily("黑体");
			bold.setText("高度重视");
			body.createRun().setText("");
			XWPFRun rest = body.createRun();
			rest.setFontSize(16);
			rest.setText("春耕生产。");

			XWPFParagraph sub = document.createParagraph();
			sub.setStyle("Heading2");
			sub.createRun().setText("（一）工作重点");

			BigInteger bullets = bullets(document);
			for (String item : new String[] { "种子供应", "农机检修" }) {
				XWPFParagraph entry = document.createParagraph();
				entry.setNumID(bullets);
				entry.setNumILvl(BigInteger.ZERO);
				entry.createRun().setText(item);
			}

			XWPFTable table = document.createTable(3, 3);
			XWPFTableRow header = table.getRow(0);
			header.setRepeatHeader(true);
			header.getCell(0).setText("乡镇");
			header.getCell(1).setText("面积（亩）");
			header.getCell(2).setText("备注");
			table.getRow(1).getCell(0).setText("城关镇");
			table.getRow(1).getCell(1).setText("1200");
			table.getRow(1).getCell(2).setText("同上");
			table.getRow(1).getCell(2).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
			table.getRow(2).getCell(0).setText("东坝乡");
			table.getRow(2).getCell(1).setText("800");
			table.getRow(2).getCell(2).getCTTc().addNewTcPr().addNewVMerge();

			XWPFParagraph picturePara = document.createParagraph();
			XWPFRun pictureRun = picturePara.createRun();
			pictureRun.addPicture(new ByteArrayInputStream(picture), Document.PICTURE_TYPE_PNG, "现场.png", Units.toEMU(20),
					Units.toEMU(20));

			XWPFParagraph signature = document.createParagraph();
			signature.setAlignment(ParagraphAlignment.RIGHT);
			signature.createRun().setText("县农业农村局");

			document.write(out);
			return out.toByteArray();
		}
		catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void style(XWPFStyles styles, String id, String name) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		styles.addStyle(new XWPFStyle(style));
	}

	private static BigInteger bullets(XWPFDocument document) {
		CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
		abstractNum.setAbstractNumId(BigInteger.ZERO);
		CTLvl level = abstractNum.addNewLvl();
		level.setIlvl(BigInteger.ZERO);
		level.addNewNumFmt().setVal(STNumberFormat.BULLET);
		level.addNewLvlText().setVal("•");
		XWPFNumbering numbering = document.createNumbering();
		BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
		return numbering.addNum(abstractId);
	}

	/** The document with one part's content replaced (to build damaged or hostile files). */
	public static byte[] withPart(byte[] docx, String part, byte[] content) {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(entry.getName().equals(part) ? content : in.readAllBytes());
				out.closeEntry();
			}
			out.finish();
			return bytes.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A document whose text is an external entity that would read a local file, if resolved. */
	public static byte[] withExternalEntity(byte[] docx) {
		String xml = """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<!DOCTYPE doc [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
				<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
				<w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>""";
		return withPart(docx, "word/document.xml", xml.getBytes(StandardCharsets.UTF_8));
	}

	/** A document whose body part inflates to far more than it weighs (a zip bomb). */
	public static byte[] bomb(byte[] docx) {
		String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
				+ " ".repeat(20 * 1024 * 1024) + "</w:t></w:r></w:p></w:body></w:document>";
		return withPart(docx, "word/document.xml", xml.getBytes(StandardCharsets.UTF_8));
	}
}
