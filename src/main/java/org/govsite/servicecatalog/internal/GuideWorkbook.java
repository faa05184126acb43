package org.govsite.servicecatalog.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.platform.RuleViolation;
import org.govsite.servicecatalog.Material;
import org.govsite.servicecatalog.ServiceGuide;
import org.govsite.servicecatalog.ServiceTarget;
import org.govsite.servicecatalog.ServiceThemes;
import org.jspecify.annotations.Nullable;

/**
 * Service items as an Excel workbook (xlsx): the template offices fill in, and reading it back.
 * Sheet 事项 holds one item a row, sheet 材料 one material a row, tied to its item by 事项编码;
 * sheet 填写说明 lists the themes. Row numbers are those Excel shows (the header is row 1).
 * POI opens the file with its zip-bomb limits (entry size and compression ratio).
 */
public final class GuideWorkbook {

	public static final String ITEMS = "事项";

	public static final String MATERIALS = "材料";

	static final String[] ITEM_HEADER = { "事项编码", "事项名称", "服务对象（个人/法人）", "主题分类", "全程网办（是/否）", "设定依据",
			"申请条件", "办理地点", "办理机构", "收费标准", "办理时间", "联系电话", "办理流程", "办理时限", "注意事项", "相关政策", "常见问题",
			"咨询入口", "投诉入口", "监督入口" };

	static final String[] MATERIAL_HEADER = { "事项编码", "材料名称", "依据", "形式", "份数", "签字盖章要求", "空白表格地址", "填写说明地址",
			"示例样表地址" };

	/** A guide read from a row. */
	public record ItemRow(int row, ServiceGuide guide) {
	}

	/** What is wrong with a row, before the guide rules are even applied. */
	public record RowProblem(String sheet, int row, RuleViolation violation) {
	}

	/** Everything read: the guides (with their materials) and the rows that could not be read. */
	public record Read(List<ItemRow> items, List<RowProblem> problems) {
	}

	private GuideWorkbook() {
	}

	public static byte[] template() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			header(workbook.createSheet(ITEMS), ITEM_HEADER);
			header(workbook.createSheet(MATERIALS), MATERIAL_HEADER);
			Sheet help = workbook.createSheet("填写说明");
			String[] lines = { "每个事项占“事项”表一行，其办理材料在“材料”表中按事项编码逐行填写，每个事项至少一项材料。",
					"十要素（事项名称、设定依据、申请条件、办理材料、办理地点、办理机构、收费标准、办理时间、联系电话、办理流程及办理时限）均须填写。",
					"个人事项主题分类：" + String.join("、", ServiceThemes.PERSON),
					"法人事项主题分类：" + String.join("、", ServiceThemes.LEGAL_PERSON),
					"地址以 http://、https:// 或 / 开头。同一事项编码在站群内须使用统一的事项名称。" };
			for (int i = 0; i < lines.length; i++) {
				help.createRow(i).createCell(0).setCellValue(lines[i]);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Reads a filled-in template.
	 *
	 * @throws RuleViolation {@code servicecatalog.import.badWorkbook} when it is no such workbook
	 */
	public static Read read(byte[] xlsx) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet items = workbook.getSheet(ITEMS);
			Sheet materials = workbook.getSheet(MATERIALS);
			if (items == null || materials == null) {
				throw new RuleViolation("servicecatalog.import.badWorkbook");
			}
			DataFormatter format = new DataFormatter();
			List<RowProblem> problems = new ArrayList<>();
			Map<String, List<Material>> byCode = new LinkedHashMap<>();
			for (int r = 1; r <= materials.getLastRowNum(); r++) {
				Row row = materials.getRow(r);
				if (empty(row, MATERIAL_HEADER.length, format)) {
					continue;
				}
				String copiesText = text(row, 4, format);
				int copies;
				try {
					copies = copiesText == null ? 1 : Integer.parseInt(copiesText.replaceAll("\\.0+$", ""));
				}
				catch (NumberFormatException e) {
					problems.add(new RowProblem(MATERIALS, r + 1, new RuleViolation("servicecatalog.import.copies", copiesText)));
					continue;
				}
				String name = text(row, 1, format);
				byCode.computeIfAbsent(orEmpty(text(row, 0, format)), code -> new ArrayList<>())
					.add(new Material(orEmpty(name), text(row, 2, format), text(row, 3, format), copies, text(row, 5, format),
							text(row, 6, format), text(row, 7, format), text(row, 8, format)));
			}
			List<ItemRow> read = new ArrayList<>();
			for (int r = 1; r <= items.getLastRowNum(); r++) {
				Row row = items.getRow(r);
				if (empty(row, ITEM_HEADER.length, format)) {
					continue;
				}
				String code = orEmpty(text(row, 0, format));
				ServiceTarget target = target(text(row, 2, format));
				if (target == null) {
					problems.add(new RowProblem(ITEMS, r + 1, new RuleViolation("servicecatalog.import.target", orEmpty(text(row, 2, format)))));
					continue;
				}
				String online = orEmpty(text(row, 4, format));
				if (!online.isEmpty() && !online.equals("是") && !online.equals("否")) {
					problems.add(new RowProblem(ITEMS, r + 1, new RuleViolation("servicecatalog.import.online", online)));
					continue;
				}
				read.add(new ItemRow(r + 1, new ServiceGuide(code, orEmpty(text(row, 1, format)), orEmpty(text(row, 3, format)),
						target, online.equals("是"), text(row, 5, format), text(row, 6, format), text(row, 7, format),
						text(row, 8, format), text(row, 9, format), text(row, 10, format), text(row, 11, format),
						text(row, 12, format), text(row, 13, format), text(row, 14, format),
						byCode.getOrDefault(code, List.of()), new ServiceGuide.Links(text(row, 15, format), text(row, 16, format),
								text(row, 17, format), text(row, 18, format), text(row, 19, format)))));
			}
			List<String> known = read.stream().map(item -> item.guide().code()).toList();
			for (String code : byCode.keySet()) {
				if (!known.contains(code)) {
					problems.add(new RowProblem(MATERIALS, 0, new RuleViolation("servicecatalog.import.orphanMaterial", code)));
				}
			}
			return new Read(read, problems);
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof RuleViolation violation) {
				throw violation;
			}
			throw new RuleViolation("servicecatalog.import.badWorkbook");
		}
	}

	private static @Nullable ServiceTarget target(@Nullable String text) {
		if ("个人".equals(text)) {
			return ServiceTarget.PERSON;
		}
		return "法人".equals(text) ? ServiceTarget.LEGAL_PERSON : null;
	}

	private static void header(Sheet sheet, String[] names) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < names.length; i++) {
			row.createCell(i).setCellValue(names[i]);
			sheet.setColumnWidth(i, 16 * 256);
		}
	}

	private static boolean empty(@Nullable Row row, int columns, DataFormatter format) {
		if (row == null) {
			return true;
		}
		for (int c = 0; c < columns; c++) {
			if (text(row, c, format) != null) {
				return false;
			}
		}
		return true;
	}

	private static @Nullable String text(Row row, int column, DataFormatter format) {
		Cell cell = row.getCell(column);
		if (cell == null) {
			return null;
		}
		String value = format.formatCellValue(cell).strip();
		return value.isEmpty() ? null : value;
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}
}
