package org.govsite.secops.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.govsite.platform.RuleViolation;
import org.govsite.secops.ScanRow;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a scan-results file in the platform's generic format, whatever scanner wrote it: CSV (UTF-8,
 * first line the column names) or JSON (an array of objects, or an object whose {@code findings} is
 * one). The columns, by their English or Chinese name: {@code site}/网站 (标识码 or host),
 * {@code finding_id}/漏洞编号, {@code title}/漏洞名称, {@code severity}/等级 (高/中/低),
 * {@code url}/地址, {@code found_on}/发现日期 (yyyy-MM-dd), {@code description}/描述 (optional).
 * Nothing is checked here but the shape; {@link ScanCheck} checks the values.
 */
public final class ScanFiles {

	/** More lines than a month's scan of a provincial group has. */
	static final int MAX_ROWS = 100_000;

	static final Map<String, String> COLUMNS = columns();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ScanFiles() {
	}

	/**
	 * @throws RuleViolation when the file is neither, has no site column or too many lines
	 */
	public static List<ScanRow> read(String fileName, byte[] bytes) {
		String name = fileName.toLowerCase(Locale.ROOT);
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<ScanRow> rows = name.endsWith(".json") || text.stripLeading().startsWith("[")
				|| text.stripLeading().startsWith("{") ? json(text) : csv(text);
		if (rows.size() > MAX_ROWS) {
			throw new RuleViolation("secops.scan.tooMany", MAX_ROWS);
		}
		return rows;
	}

	static List<ScanRow> csv(String text) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(false)
			.setTrim(true).setAllowMissingColumnNames(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			Map<String, String> byKey = new HashMap<>();
			for (String header : parser.getHeaderNames()) {
				String key = COLUMNS.get(header.strip().toLowerCase(Locale.ROOT));
				if (key != null) {
					byKey.put(key, header);
				}
			}
			if (!byKey.containsKey("site")) {
				throw new RuleViolation("secops.scan.header");
			}
			List<ScanRow> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (rows.size() > MAX_ROWS) {
					break;
				}
				if (record.stream().allMatch(String::isBlank)) {
					// an empty line is kept by the parser so that record numbers stay line numbers
					continue;
				}
				// the line the user sees in an editor or a spreadsheet: the header is line 1
				int line = (int) record.getRecordNumber() + 1;
				rows.add(new ScanRow(line, cell(record, byKey, "site"), cell(record, byKey, "finding_id"),
						cell(record, byKey, "title"), cell(record, byKey, "severity"), cell(record, byKey, "url"),
						cell(record, byKey, "found_on"), cell(record, byKey, "description")));
			}
			return rows;
		}
		catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
			throw new RuleViolation("secops.scan.unreadable");
		}
	}

	static List<ScanRow> json(String text) {
		JsonNode root;
		try {
			root = JSON.readTree(text);
		}
		catch (JacksonException e) {
			throw new RuleViolation("secops.scan.unreadable");
		}
		JsonNode list = root.isObject() ? root.get("findings") : root;
		if (list == null || !list.isArray()) {
			throw new RuleViolation("secops.scan.unreadable");
		}
		List<ScanRow> rows = new ArrayList<>();
		int line = 0;
		for (JsonNode node : list) {
			line++;
			if (rows.size() > MAX_ROWS) {
				break;
			}
			if (!node.isObject()) {
				rows.add(new ScanRow(line, null, null, null, null, null, null, null));
				continue;
			}
			Map<String, String> values = new HashMap<>();
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				String key = COLUMNS.get(field.getKey().strip().toLowerCase(Locale.ROOT));
				if (key != null && !field.getValue().isNull() && !field.getValue().isContainer()) {
					values.put(key, field.getValue().asString().strip());
				}
			}
			rows.add(new ScanRow(line, blank(values.get("site")), blank(values.get("finding_id")),
					blank(values.get("title")), blank(values.get("severity")), blank(values.get("url")),
					blank(values.get("found_on")), blank(values.get("description"))));
		}
		return rows;
	}

	private static @Nullable String cell(CSVRecord record, Map<String, String> byKey, String key) {
		String header = byKey.get(key);
		return header == null || !record.isSet(header) ? null : blank(record.get(header));
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Map<String, String> columns() {
		Map<String, String> columns = new HashMap<>();
		String[][] names = { { "site", "网站", "网站标识码", "标识码", "host", "主机" },
				{ "finding_id", "findingid", "id", "漏洞编号", "编号" }, { "title", "漏洞名称", "名称", "标题" },
				{ "severity", "等级", "风险等级", "危险等级" }, { "url", "地址", "网址" },
				{ "found_on", "foundon", "found", "date", "发现日期", "日期" }, { "description", "描述", "说明" } };
		for (String[] aliases : names) {
			for (String alias : aliases) {
				columns.put(alias, aliases[0]);
			}
		}
		return Map.copyOf(columns);
	}
}
