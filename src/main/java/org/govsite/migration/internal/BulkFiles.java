package org.govsite.migration.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.content.ContentImport;
import org.govsite.content.ContentRuleViolation;
import org.govsite.content.WordDocument;
import org.govsite.migration.BulkRow;
import org.govsite.platform.RuleViolation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of a bulk import's file: JSON Lines (one object a line), an xlsx sheet whose first row
 * names the columns (标题, 正文, 栏目, 发布日期, 来源, 作者), or a zip of Word files (.docx), one
 * document each, read by the library's converter (headings, lists, tables, bold … kept): its title
 * as the converter finds it, else its first paragraph, the rest the body, the channel named in
 * the zip's folder (栏目) or left for the form's defaults. Archives are read with entry, size and
 * ratio limits.
 */
public final class BulkFiles {

	static final int MAX_ROWS = 5_000;

	static final long MAX_ENTRY = 20L * 1024 * 1024;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("标题", "title"), Map.entry("title", "title"),
			Map.entry("正文", "body"), Map.entry("body", "body"), Map.entry("栏目", "channel"), Map.entry("channel", "channel"),
			Map.entry("发布日期", "date"), Map.entry("日期", "date"), Map.entry("date", "date"), Map.entry("来源", "source"),
			Map.entry("source", "source"), Map.entry("作者", "author"), Map.entry("author", "author"));

	private BulkFiles() {
	}

	public static List<BulkRow> read(String fileName, byte[] content, ContentImport words) {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
			return jsonLines(content);
		}
		if (name.endsWith(".xlsx")) {
			return sheet(content);
		}
		if (name.endsWith(".zip")) {
			return wordFiles(content, words);
		}
		throw new RuleViolation("migration.bulk.format", fileName);
	}

	static List<BulkRow> jsonLines(byte[] content) {
		List<BulkRow> rows = new ArrayList<>();
		String[] lines = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r?\n");
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			String line = "第 " + (i + 1) + " 行";
			try {
				JsonNode node = JSON.readTree(lines[i]);
				if (!node.isObject()) {
					rows.add(new BulkRow(line + "（不是 JSON 对象）", null, null, null, null, null, null));
					continue;
				}
				rows.add(new BulkRow(line, text(node, "title"), text(node, "body"), text(node, "channel"), text(node, "date"),
						text(node, "source"), text(node, "author")));
			}
			catch (JacksonException e) {
				rows.add(new BulkRow(line + "（JSON 格式错误）", null, null, null, null, null, null));
			}
			limit(rows);
		}
		return rows;
	}

	static List<BulkRow> sheet(byte[] content) {
		ZipSecureFile.setMinInflateRatio(0.01);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.CHINA);
			Row header = sheet.getRow(sheet.getFirstRowNum());
			Map<Integer, String> columns = new HashMap<>();
			if (header != null) {
				for (Cell cell : header) {
					String field = COLUMNS.get(formatter.formatCellValue(cell).strip());
					if (field != null) {
						columns.put(cell.getColumnIndex(), field);
					}
				}
			}
			if (!columns.containsValue("title")) {
				throw new RuleViolation("migration.bulk.header");
			}
			List<BulkRow> rows = new ArrayList<>();
			for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Map<String, String> values = new HashMap<>();
				for (Map.Entry<Integer, String> column : columns.entrySet()) {
					Cell cell = row.getCell(column.getKey());
					if (cell != null) {
						values.put(column.getValue(), cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
								&& DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
										: formatter.formatCellValue(cell).strip());
					}
				}
				if (values.values().stream().allMatch(String::isBlank)) {
					continue;
				}
				rows.add(new BulkRow("第 " + (r + 1) + " 行", values.get("title"), values.get("body"), values.get("channel"),
						values.get("date"), values.get("source"), values.get("author")));
				limit(rows);
			}
			return rows;
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof RuleViolation violation) {
				throw violation;
			}
			throw new RuleViolation("migration.bulk.unreadable", "xlsx");
		}
	}

	static List<BulkRow> wordFiles(byte[] content, ContentImport words) {
		List<BulkRow> rows = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String path = entry.getName();
				if (entry.isDirectory() || path.startsWith("__MACOSX/") || path.contains("/.")) {
					continue;
				}
				String file = path.substring(path.lastIndexOf('/') + 1);
				String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : null;
				if (!file.toLowerCase(Locale.ROOT).endsWith(".docx")) {
					rows.add(new BulkRow(file + "（不是 .docx 文件）", null, null, null, null, null, null));
					continue;
				}
				byte[] bytes = bounded(zip);
				rows.add(word(words, file, folder, bytes));
				limit(rows);
			}
		}
		catch (IOException e) {
			throw new RuleViolation("migration.bulk.unreadable", "zip");
		}
		return rows;
	}

	private static BulkRow word(ContentImport words, String file, @Nullable String folder, byte[] bytes) {
		WordDocument word;
		try {
			word = words.readWord(file, bytes);
		}
		catch (ContentRuleViolation e) {
			return new BulkRow(file + "（无法读取的 Word 文件）", null, null, folder, null, null, null);
		}
		String title = word.title();
		org.jsoup.nodes.Document parsed = Jsoup.parseBodyFragment(word.body());
		parsed.outputSettings().prettyPrint(false);
		Element body = parsed.body();
		if (title == null) {
			// no Title style, property or centred heading: the first paragraph is the title, as before
			Element first = body.children().stream().filter(Element::hasText).findFirst().orElse(null);
			if (first != null) {
				title = first.text().strip();
				first.remove();
			}
		}
		String html = body.html().strip();
		return new BulkRow(file, title, body.hasText() || html.contains("<img") ? html : null, folder, null, null, null,
				word.pictures(), word.skippedPictures());
	}

	private static byte[] bounded(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes((int) MAX_ENTRY + 1);
		if (bytes.length > MAX_ENTRY) {
			throw new RuleViolation("migration.bulk.tooLarge", MAX_ENTRY / 1024 / 1024);
		}
		return bytes;
	}

	private static void limit(List<BulkRow> rows) {
		if (rows.size() > MAX_ROWS) {
			throw new RuleViolation("migration.bulk.tooMany", MAX_ROWS);
		}
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString().strip();
	}

	/** The date of a row, or null when it is not one (the caller says so). */
	public static @Nullable LocalDate date(String text) {
		try {
			return LocalDate.parse(text.strip().replace('/', '-').replaceAll("-(\\d)(?=-|$)", "-0$1"));
		}
		catch (java.time.format.DateTimeParseException e) {
			return null;
		}
	}
}
