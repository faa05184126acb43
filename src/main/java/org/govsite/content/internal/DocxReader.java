package org.govsite.content.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a Word document (.docx) as the body of a document: headings (Heading 1 → {@code h2}, 2 →
 * {@code h3}, deeper → {@code h4}, by style name or outline level), paragraphs with their
 * alignment, bulleted and numbered lists (nested by level), tables (header rows marked 标题行重复
 * become {@code th}, merged cells {@code colspan}/{@code rowspan}), links, bold, italic, sub- and
 * superscript, and pictures, which come out as {@code <img src="picture:<n>">} for the caller to
 * store. Fonts, sizes, colours, highlighting and empty runs are left behind. The title is the
 * paragraph styled Title, else the file's title property, else a centred first paragraph (as
 * official documents set their titles).
 *
 * <p>Archives are opened with POI's zip-bomb guards ({@link ZipSecureFile}: a minimum inflate
 * ratio, a maximum entry size and entry count, set for the whole process) and POI's XML parsing,
 * which resolves no external entities; the caller caps the file size.
 */
final class DocxReader {

	/** A stored entry may be at most this many times smaller than its content (POI's default). */
	static final double MIN_INFLATE_RATIO = 0.01;

	static final long MAX_ENTRY_SIZE = 200L * 1024 * 1024;

	static final long MAX_ENTRIES = 1000;

	private static final Pattern HEADING = Pattern.compile("(?:heading|标题)\\s*(\\d)");

	private static final Pattern TITLE = Pattern.compile("title|标题");

	static {
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
		ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
	}

	/** A picture found in the document, in order; the body refers to it as {@code picture:<index>}. */
	record Picture(String fileName, byte[] data, @Nullable String description) {
	}

	/** What was read. */
	record Read(@Nullable String title, String body, List<Picture> pictures) {
	}

	private final XWPFDocument document;

	private final List<Picture> pictures = new ArrayList<>();

	private final List<Element> openLists = new ArrayList<>();

	private final Element body = shell().body();

	private @Nullable String title;

	private boolean beforeFirstText = true;

	private static Document shell() {
		Document shell = Document.createShell("");
		shell.outputSettings().prettyPrint(false);
		return shell;
	}

	private DocxReader(XWPFDocument document) {
		this.document = document;
	}

	/** Reads the file; a damaged, disguised or too strongly compressed one fails with the IOException or runtime exception POI gives. */
	static Read read(byte[] docx) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			DocxReader reader = new DocxReader(document);
			reader.readBody();
			String title = reader.title;
			if (title == null) {
				String property = document.getProperties().getCoreProperties().getTitle();
				title = property == null || property.isBlank() ? null : property.strip();
			}
			return new Read(title, reader.body.html(), List.copyOf(reader.pictures));
		}
	}

	private void readBody() {
		for (IBodyElement element : document.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph) {
				paragraph(paragraph);
			}
			else if (element instanceof XWPFTable table) {
				openLists.clear();
				table(table);
				beforeFirstText = false;
			}
			else if (element instanceof XWPFSDT control && !control.getContent().getText().isBlank()) {
				openLists.clear();
				body.appendElement("p").text(control.getContent().getText().strip());
				beforeFirstText = false;
			}
		}
	}

	private void paragraph(XWPFParagraph paragraph) {
		if (paragraph.getNumID() != null) {
			listItem(paragraph);
			beforeFirstText = false;
			return;
		}
		openLists.clear();
		String style = styleName(paragraph);
		String text = paragraph.getText().strip();
		if (title == null && !text.isEmpty() && (TITLE.matcher(style).matches()
				|| beforeFirstText && paragraph.getAlignment() == ParagraphAlignment.CENTER && paragraph.getNumID() == null
						&& headingLevel(paragraph, style) == 0)) {
			title = text;
			beforeFirstText = false;
			return;
		}
		int level = headingLevel(paragraph, style);
		Element block = body.appendElement(level == 0 ? "p" : "h" + Math.min(level + 1, 4));
		runs(block, paragraph);
		if (level == 0) {
			align(block, paragraph);
		}
		if (block.text().isBlank() && block.select("img").isEmpty()) {
			block.remove();
		}
		else {
			beforeFirstText = false;
		}
	}

	/** A list paragraph: into the list of its level, opening (nested) lists as needed. */
	private void listItem(XWPFParagraph paragraph) {
		BigInteger ilvl = paragraph.getNumIlvl();
		int level = ilvl == null ? 0 : Math.min(ilvl.intValue(), 8);
		String kind = "bullet".equals(paragraph.getNumFmt()) ? "ul" : "ol";
		while (openLists.size() > level + 1) {
			openLists.removeLast();
		}
		if (openLists.size() == level + 1 && !openLists.getLast().normalName().equals(kind)) {
			openLists.removeLast();
		}
		while (openLists.size() < level + 1) {
			Element parent = openLists.isEmpty() ? body
					: openLists.getLast().children().isEmpty() ? openLists.getLast().appendElement("li")
							: openLists.getLast().children().last();
			openLists.add(Objects.requireNonNull(parent).appendElement(kind));
		}
		runs(openLists.getLast().appendElement("li"), paragraph);
	}

	private void table(XWPFTable table) {
		Element element = body.appendElement("table");
		List<XWPFTableRow> rows = table.getRows();
		Element head = null;
		Element rowGroup = null;
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = rows.get(r);
			boolean header = row.isRepeatHeader() && (rowGroup == null || rowGroup == head);
			if (header && head == null) {
				head = element.appendElement("thead");
				rowGroup = head;
			}
			else if (!header && (rowGroup == null || rowGroup == head)) {
				rowGroup = element.appendElement("tbody");
			}
			Element tr = Objects.requireNonNull(rowGroup).appendElement("tr");
			int column = 0;
			for (XWPFTableCell cell : row.getTableCells()) {
				int span = gridSpan(cell);
				Merge merge = merge(cell);
				if (merge != Merge.CONTINUE) {
					Element td = tr.appendElement(header ? "th" : "td");
					if (header) {
						td.attr("scope", "col");
					}
					if (span > 1) {
						td.attr("colspan", String.valueOf(span));
					}
					if (merge == Merge.RESTART) {
						int rowspan = rowspan(rows, r, column);
						if (rowspan > 1) {
							td.attr("rowspan", String.valueOf(rowspan));
						}
					}
					cell(td, cell);
				}
				column += span;
			}
		}
	}

	private void cell(Element td, XWPFTableCell cell) {
		List<XWPFParagraph> paragraphs = cell.getParagraphs().stream().filter(p -> !p.getText().isBlank() || hasPicture(p)).toList();
		if (paragraphs.size() == 1) {
			runs(td, paragraphs.getFirst());
			return;
		}
		for (XWPFParagraph paragraph : paragraphs) {
			runs(td.appendElement("p"), paragraph);
		}
	}

	private enum Merge {
		NONE, RESTART, CONTINUE
	}

	private static Merge merge(XWPFTableCell cell) {
		CTTcPr properties = cell.getCTTc().getTcPr();
		if (properties == null || !properties.isSetVMerge()) {
			return Merge.NONE;
		}
		return properties.getVMerge().getVal() == STMerge.RESTART ? Merge.RESTART : Merge.CONTINUE;
	}

	private static int gridSpan(XWPFTableCell cell) {
		CTTcPr properties = cell.getCTTc().getTcPr();
		CTDecimalNumber span = properties == null || !properties.isSetGridSpan() ? null : properties.getGridSpan();
		return span == null || span.getVal() == null ? 1 : Math.max(1, span.getVal().intValue());
	}

	/** How many rows a vertically merged cell covers: itself and the continuing cells below it. */
	private static int rowspan(List<XWPFTableRow> rows, int start, int column) {
		int span = 1;
		for (int r = start + 1; r < rows.size(); r++) {
			XWPFTableCell below = cellAt(rows.get(r), column);
			if (below == null || merge(below) != Merge.CONTINUE) {
				break;
			}
			span++;
		}
		return span;
	}

	private static @Nullable XWPFTableCell cellAt(XWPFTableRow row, int column) {
		int at = 0;
		for (XWPFTableCell cell : row.getTableCells()) {
			if (at == column) {
				return cell;
			}
			at += gridSpan(cell);
			if (at > column) {
				return null;
			}
		}
		return null;
	}

	/**
	 * The paragraph's runs: text with bold, italic, sub/superscript and links kept, neighbouring
	 * runs of the same kind joined, everything else about a run (font, size, colour) dropped.
	 */
	private void runs(Element block, XWPFParagraph paragraph) {
		Element current = block;
		String currentKind = "";
		for (IRunElement element : paragraph.getIRuns()) {
			if (!(element instanceof XWPFRun run)) {
				continue;
			}
			for (XWPFPicture picture : run.getEmbeddedPictures()) {
				XWPFPictureData data = picture.getPictureData();
				if (data != null) {
					Element img = block.appendElement("img").attr("src", "picture:" + pictures.size());
					String description = picture.getDescription();
					img.attr("alt", description == null ? "" : description.strip());
					pictures.add(new Picture(Objects.requireNonNullElse(data.getFileName(), "picture"), data.getData(),
							description));
					current = block;
					currentKind = "";
				}
			}
			String text = run.text().replace('\t', ' ');
			if (text.isEmpty()) {
				continue;
			}
			String href = run instanceof XWPFHyperlinkRun link ? href(link) : null;
			String kind = kind(run) + (href == null ? "" : "a" + href);
			if (!kind.equals(currentKind) || current == block && !kind.isEmpty()) {
				current = wrap(block, run, href);
				currentKind = kind;
			}
			appendText(current, text);
		}
	}

	private static Element wrap(Element block, XWPFRun run, @Nullable String href) {
		Element target = block;
		if (href != null) {
			target = target.appendElement("a").attr("href", href);
		}
		if (run.isBold()) {
			target = target.appendElement("strong");
		}
		if (run.isItalic()) {
			target = target.appendElement("em");
		}
		String vertical = String.valueOf(run.getVerticalAlignment()).toLowerCase(Locale.ROOT);
		if (vertical.equals("superscript")) {
			target = target.appendElement("sup");
		}
		else if (vertical.equals("subscript")) {
			target = target.appendElement("sub");
		}
		return target;
	}

	private static String kind(XWPFRun run) {
		return (run.isBold() ? "b" : "") + (run.isItalic() ? "i" : "")
				+ String.valueOf(run.getVerticalAlignment()).toLowerCase(Locale.ROOT).replace("baseline", "");
	}

	private @Nullable String href(XWPFHyperlinkRun run) {
		XWPFHyperlink link = run.getHyperlink(document);
		return link == null || link.getURL() == null || link.getURL().isBlank() ? null : link.getURL();
	}

	/** Text with Word's line breaks as {@code <br>}. */
	private static void appendText(Element target, String text) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				target.appendElement("br");
			}
			if (!lines[i].isEmpty()) {
				target.appendText(lines[i]);
			}
		}
	}

	private static void align(Element block, XWPFParagraph paragraph) {
		switch (paragraph.getAlignment()) {
			case CENTER -> block.addClass("gs-align-center");
			case RIGHT -> block.addClass("gs-align-right");
			case BOTH, DISTRIBUTE -> block.addClass("gs-align-justify");
			default -> {
			}
		}
	}

	private static boolean hasPicture(XWPFParagraph paragraph) {
		return paragraph.getRuns().stream().anyMatch(run -> !run.getEmbeddedPictures().isEmpty());
	}

	/** The paragraph's style by its name (Word names styles in the document's language), lower case. */
	private String styleName(XWPFParagraph paragraph) {
		String id = paragraph.getStyleID();
		if (id == null || document.getStyles() == null) {
			return "";
		}
		XWPFStyle style = document.getStyles().getStyle(id);
		String name = style == null || style.getName() == null ? id : style.getName();
		return name.strip().toLowerCase(Locale.ROOT);
	}

	/** 1 for a first-level heading …, 0 for body text: by the style's name, else by an outline level. */
	private int headingLevel(XWPFParagraph paragraph, String styleName) {
		Matcher heading = HEADING.matcher(styleName);
		if (heading.matches()) {
			return Math.max(1, Integer.parseInt(heading.group(1)));
		}
		Integer outline = outlineLevel(paragraph.getCTP().getPPr());
		if (outline == null && paragraph.getStyleID() != null && document.getStyles() != null) {
			XWPFStyle style = document.getStyles().getStyle(paragraph.getStyleID());
			outline = style == null || style.getCTStyle().getPPr() == null ? null : outlineLevel(style.getCTStyle().getPPr());
		}
		// outline levels count from 0; 9 is body text
		return outline == null || outline >= 9 ? 0 : outline + 1;
	}

	private static @Nullable Integer outlineLevel(@Nullable CTPPrBase properties) {
		if (properties == null || !properties.isSetOutlineLvl() || properties.getOutlineLvl().getVal() == null) {
			return null;
		}
		return properties.getOutlineLvl().getVal().intValue();
	}
}
