package org.govsite.migration;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bulk import: row-by-row Chinese errors and nothing imported, or everything at once with its dates. */
@IntegrationTest
class BulkImportTests {

	@Autowired
	BulkImports imports;

	@Autowired
	PublishFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	TestSite site;

	@BeforeEach
	void site() {
		site = fixtures.onlineSite();
	}

	private int documents() {
		return jdbc.sql("select count(*) from content_document where site_id = ?").param(site.id()).query(Integer.class).single();
	}

	@Test
	void jsonLinesWithOneBadRowImportNothingAndSayWhichRowsAreWrong() {
		String lines = """
				{"title": "县政府召开常务会议", "body": "会议研究了冬季防火工作。", "channel": "xwdt", "date": "2019-03-08"}
				{"title": "", "body": "没有标题", "channel": "xwdt"}
				{"title": "未知栏目的文章", "body": "正文", "channel": "不存在的栏目", "date": "2019-13-40"}
				不是 JSON
				""";
		BulkResult result = CrawlImportTests.ADMIN.run(() -> imports.importFile(site.id(), "docs.jsonl",
				lines.getBytes(StandardCharsets.UTF_8), null));

		assertThat(result.imported()).isFalse();
		assertThat(result.documentIds()).isEmpty();
		assertThat(result.errors()).containsExactly("第 2 行：缺少标题",
				"第 3 行：栏目“不存在的栏目”在本网站不存在或不能发布文档；发布日期“2019-13-40”无效（应为 2020-01-31 这样的日期，且不晚于今天）",
				"第 4 行（JSON 格式错误）：缺少标题；缺少正文；未指定栏目");
		assertThat(documents()).isZero();

		BulkResult fixed = CrawlImportTests.ADMIN.run(() -> imports.importFile(site.id(), "docs.jsonl", lines.lines()
			.limit(1)
			.findFirst()
			.orElseThrow()
			.getBytes(StandardCharsets.UTF_8), null));
		assertThat(fixed.imported()).isTrue();
		assertThat(jdbc.sql("select first_published_at from content_document where id = ?").param(fixed.documentIds().getFirst())
			.query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(Instant.parse("2019-03-08T01:00:00Z"));
	}

	@Test
	void anXlsxSheetAndAZipOfWordFilesAreImportedThroughTheApiAndTheConsole() throws Exception {
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet();
			String[][] rows = { { "标题", "正文", "栏目", "发布日期", "来源" }, { "关于开展安全检查的通知", "各单位：\n请于月底前完成自查。", "新闻动态", "2018-5-2", "县应急管理局" },
					{ "第二篇", "正文二", "", "2018-05-03", "" } };
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(xlsx);
		}
		mvc.perform(multipart("/api/v1/sites/" + site.id() + "/bulk-imports")
			.file(new MockMultipartFile("file", "docs.xlsx", "application/octet-stream", xlsx.toByteArray()))
			.with(CrawlImportTests.CONSOLE).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0]").value("第 3 行：未指定栏目"));
		assertThat(documents()).isZero();
		mvc.perform(multipart("/api/v1/sites/" + site.id() + "/bulk-imports")
			.file(new MockMultipartFile("file", "docs.xlsx", "application/octet-stream", xlsx.toByteArray()))
			.param("channelId", String.valueOf(site.news()))
			.with(CrawlImportTests.CONSOLE).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.documentIds.length()").value(2));
		assertThat(jdbc.sql("""
				select v.body from content_version v join content_document d on d.id = v.document_id
				where d.site_id = ? and v.title = '关于开展安全检查的通知'""").param(site.id()).query(String.class).single())
			.isEqualTo("<p>各单位：</p><p>请于月底前完成自查。</p>");

		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
			out.putNextEntry(new ZipEntry("xwdt/通知.docx"));
			out.write(word("关于做好春节假期值班工作的通知", "各乡镇：春节期间实行领导带班制度。"));
			out.putNextEntry(new ZipEntry("说明.txt"));
			out.write("不是 Word".getBytes(StandardCharsets.UTF_8));
		}
		String page = mvc.perform(multipart("/admin/migrations/bulk")
			.file(new MockMultipartFile("file", "word.zip", "application/zip", zip.toByteArray()))
			.param("siteId", String.valueOf(site.id()))
			.with(CrawlImportTests.CONSOLE).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("说明.txt（不是 .docx 文件）：缺少标题；缺少正文", "未导入任何文档");
		assertThat(documents()).isEqualTo(2);

		ByteArrayOutputStream words = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(words, StandardCharsets.UTF_8)) {
			out.putNextEntry(new ZipEntry("xwdt/通知.docx"));
			out.write(word("关于做好春节假期值班工作的通知", "各乡镇：春节期间实行领导带班制度。"));
		}
		page = mvc.perform(multipart("/admin/migrations/bulk")
			.file(new MockMultipartFile("file", "word.zip", "application/zip", words.toByteArray()))
			.param("siteId", String.valueOf(site.id()))
			.with(CrawlImportTests.CONSOLE).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("已导入 1 篇文档");
		assertThat(jdbc.sql("""
				select v.body from content_version v join content_document d on d.id = v.document_id
				where d.site_id = ? and v.title = '关于做好春节假期值班工作的通知'""").param(site.id()).query(String.class).single())
			.isEqualTo("<p>各乡镇：春节期间实行领导带班制度。</p>");
	}

	@Test
	void aZipOfWordFilesKeepsHeadingsListsTablesBoldAndPictures() throws Exception {
		byte[] png = org.govsite.content.internal.FileTypesTests.PNG;
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
			out.putNextEntry(new ZipEntry("xwdt/春耕.docx"));
			out.write(org.govsite.content.internal.Docx.notice(png));
		}

		BulkResult result = CrawlImportTests.ADMIN.run(() -> imports.importFile(site.id(), "word.zip", zip.toByteArray(), null));

		assertThat(result.errors()).isEmpty();
		long id = result.documentIds().getFirst();
		String body = jdbc.sql("select body from content_version where document_id = ?").param(id).query(String.class).single();
		assertThat(jdbc.sql("select title from content_version where document_id = ?").param(id).query(String.class).single())
			.isEqualTo("关于做好春耕生产工作的通知");
		assertThat(body).contains("<h2>一、总体要求</h2>", "<strong>高度重视</strong>", "<ul><li>种子供应</li><li>农机检修</li></ul>",
				"<th scope=\"col\">乡镇</th>", "<td rowspan=\"2\">同上</td>")
			.doesNotContain("picture:");
		long picture = Long.parseLong(body.replaceFirst("(?s).*<img src=\"attachment:(\\d+)\".*", "$1"));
		assertThat(jdbc.sql("select document_id from content_attachment where id = ?").param(picture).query(Long.class).single())
			.isEqualTo(id);
		assertThat(result.notes()).isEmpty();
	}

	@Test
	void aWordFilesPictureThatCannotBePublishedIsLeftOutAndNamed() throws Exception {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
			out.putNextEntry(new ZipEntry("xwdt/春耕.docx"));
			out.write(org.govsite.content.internal.Docx.notice(OldSite.pdf("不是图片")));
		}

		BulkResult result = CrawlImportTests.ADMIN.run(() -> imports.importFile(site.id(), "word.zip", zip.toByteArray(), null));

		assertThat(result.errors()).isEmpty();
		assertThat(result.documentIds()).hasSize(1);
		assertThat(result.notes()).singleElement().asString().startsWith("春耕.docx：已导入，但其中一张图片未导入（");
		assertThat(jdbc.sql("select body from content_version where document_id = ?").param(result.documentIds().getFirst())
			.query(String.class).single()).contains("<h2>一、总体要求</h2>").doesNotContain("<img", "picture:");
	}

	private static byte[] word(String title, String text) throws Exception {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(title);
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
	}
}
