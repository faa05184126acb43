package org.govsite.servicecatalog;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.platform.RuleViolation;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.search.SearchIndex;
import org.govsite.search.SearchQuery;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The service catalogue on the real database: a guide is refused with its missing key elements
 * named and nothing stored; the unified name holds across the group; the xlsx import stores all
 * or nothing and names each wrong row; the public entry lists by theme and target (the portal's
 * the whole group's); guides are found by site search; 办件查询 refuses bad numbers in Chinese.
 */
@IntegrationTest
class ServiceCatalogTests {

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	PublishFixtures sites;

	@Autowired
	SearchIndex search;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	TestSite site;

	@BeforeEach
	void site() {
		site = sites.onlineSite();
	}

	private static String code() {
		return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	private int stored() {
		return jdbc.sql("select count(*) from service_item where site_id = :site").param("site", site.id())
			.query(Integer.class).single();
	}

	@Test
	void anIncompleteGuideIsRefusedNamingTheMissingElementsAndNothingIsStored() {
		assertThatThrownBy(() -> site.editor().run(() -> catalog.create(site.id(), ServiceFixtures.withoutBasisPlaceAndTimeLimit(code()))))
			.isInstanceOfSatisfying(RuleViolation.class, refused -> {
				assertThat(refused.code()).isEqualTo("servicecatalog.guide.incomplete");
				assertThat(refused.arguments()).containsExactly("设定依据、办理地点、办理流程（含办理时限）");
			});
		assertThat(stored()).isZero();
	}

	@Test
	void theConsoleFormKeepsTheInputAndNamesTheMissingElements() throws Exception {
		RequestPostProcessor editor = user("editor-" + site.code())
			.authorities(new SimpleGrantedAuthority("STAFF"), new SimpleGrantedAuthority("site:" + site.id() + ":EDITOR"));
		mvc.perform(post("/admin/services/{site}/new", site.id()).with(editor).with(csrf())
			.param("code", "X-1").param("name", "婚姻登记（结婚）").param("target", "PERSON").param("theme", "婚姻登记"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("办事指南要素不全，缺少：设定依据、申请条件、办理材料、办理地点、办理机构、收费标准、办理时间、联系电话、办理流程（含办理时限）。")))
			.andExpect(content().string(containsString("婚姻登记（结婚）")));
		assertThat(stored()).isZero();
	}

	@Test
	void aCodeKeepsItsUnifiedNameAcrossTheGroup() {
		String code = code();
		site.editor().run(() -> catalog.create(site.id(), ServiceFixtures.complete(code, "出生登记", "户籍办理")));
		TestSite other = sites.onlineDepartmentSite(site);
		assertThatThrownBy(() -> other.editor().run(() -> catalog.create(other.id(), ServiceFixtures.complete(code, "新生儿落户", "户籍办理"))))
			.isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.code()).isEqualTo("servicecatalog.guide.unifiedName"));
	}

	@Test
	void anotherSitesEditorMayNotKeepTheCatalogue() {
		TestSite other = sites.onlineSite();
		assertThatThrownBy(() -> other.editor().run(() -> catalog.create(site.id(), ServiceFixtures.complete(code(), "出生登记", "户籍办理"))))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void aWorkbookWithAWrongRowStoresNothingAndNamesEachWrongRow() {
		String good = code();
		String bad = code();
		byte[] xlsx = workbook(List.of(
				row(good, "出生登记", "个人", "户籍办理", "设定依据", "县公安局"),
				row(bad, "企业开办", "法人", "生育收养", "", ""),
				row(code(), "某事项", "单位", "户籍办理", "依据", "机构")),
				List.of(new String[] { good, "出生医学证明", "", "原件", "1" }, new String[] { bad, "营业执照", "", "原件", "两份" }));
		ImportResult result = site.editor().run(() -> catalog.importWorkbook(site.id(), xlsx));
		assertThat(result.refused()).isTrue();
		assertThat(result.errors()).containsExactlyInAnyOrder(
				"“材料”表第 3 行：份数“两份”不是整数。",
				"“事项”表第 4 行：服务对象“单位”无效：须填写“个人”或“法人”。",
				"“事项”表第 3 行：主题分类“生育收养”不在该服务对象的分类中，可选：设立变更、准营准办、投资审批、税收财务、人力资源、工程建设、资质认证、知识产权、环保绿化、注销破产、其他。",
				"“事项”表第 3 行：办事指南要素不全，缺少：设定依据、办理材料、办理机构。");
		assertThat(stored()).isZero();
	}

	@Test
	void aGoodWorkbookAddsThenUpdatesByCodeAndTheGuidesAreSearchable() {
		String code = code();
		String name = "出生登记" + code;
		byte[] xlsx = workbook(List.<String[]>of(row(code, name, "个人", "户籍办理", "《户口登记条例》", "县公安局")),
				List.<String[]>of(new String[] { code, "出生医学证明", "", "原件", "1" }));
		assertThat(site.editor().run(() -> catalog.importWorkbook(site.id(), xlsx))).isEqualTo(new ImportResult(1, 0, List.of()));
		assertThat(site.editor().run(() -> catalog.importWorkbook(site.id(), xlsx))).isEqualTo(new ImportResult(0, 1, List.of()));
		assertThat(stored()).isOne();
		var hits = search.query(SearchQuery.of(name).inSites(Set.of(site.id()))).hits();
		assertThat(hits).extracting(hit -> hit.kind()).containsExactly("SERVICE_GUIDE");
		assertThat(hits.get(0).url()).isEqualTo("/sites/" + site.code() + "/services/guides/"
			+ jdbc.sql("select id from service_item where code = :code").param("code", code).query(Long.class).single() + ".html");
	}

	@Test
	void thePortalsEntryListsTheGroupsItemsByThemeAndTheGuideOffersItsForms() throws Exception {
		TestSite department = sites.onlineDepartmentSite(site);
		long birth = site.editor().run(() -> catalog.create(site.id(), ServiceFixtures.complete(code(), "出生登记", "户籍办理")));
		department.editor().run(() -> catalog.create(department.id(), ServiceFixtures.complete(code(), "生育登记", "生育收养")));
		mvc.perform(get("/services").param("site", site.code()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("出生登记")))
			.andExpect(content().string(containsString("生育登记")));
		mvc.perform(get("/services").param("site", site.code()).param("theme", "户籍办理"))
			.andExpect(content().string(containsString("出生登记")))
			.andExpect(content().string(not(containsString("生育登记"))));
		mvc.perform(get("/services").param("site", department.code()))
			.andExpect(content().string(not(containsString("出生登记"))));
		mvc.perform(get("/services").param("site", site.code()).param("target", "LEGAL_PERSON"))
			.andExpect(content().string(not(containsString("出生登记"))));
		mvc.perform(get("/services/guides/{id}", birth))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/files/birth-form.docx\"")))
			.andExpect(content().string(containsString("《中华人民共和国户口登记条例》第七条")));
	}

	@Test
	void theStatusQueryRefusesABadNumberAndAnUnknownOneInChinese() throws Exception {
		mvc.perform(get("/api/public/services/cases/{number}", "ab"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("受理号格式不正确：应为 6 至 40 位字母、数字或连字符。"));
		mvc.perform(get("/api/public/services/cases/{number}", "NOSUCH-000001"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("未查询到该受理号的办件，请核对受理号。"));
		mvc.perform(get("/services/cases").param("number", "<script>"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("受理号格式不正确")));
	}

	@Test
	void anAddressQueryingTooOftenIsRefusedInChineseOnTheApiAndThePage() throws Exception {
		RequestPostProcessor busy = request -> {
			request.setRemoteAddr("203.0.113.150");
			return request;
		};
		for (int i = 0; i < 15; i++) {
			mvc.perform(get("/api/public/services/cases/{number}", "NOSUCH-00000" + (i % 10)).with(busy))
				.andExpect(status().isNotFound());
			mvc.perform(get("/services/cases").param("number", "NOSUCH-00001" + (i % 10)).with(busy))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get("/api/public/services/cases/{number}", "NOSUCH-000001").with(busy))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "60"))
			.andExpect(jsonPath("$.detail").value("查询过于频繁，请一分钟后再试。"));
		mvc.perform(get("/services/cases").param("number", "NOSUCH-000001").with(busy))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("查询过于频繁，请一分钟后再试。")));
		mvc.perform(get("/api/public/services/cases/{number}", "NOSUCH-000001").with(request -> {
			request.setRemoteAddr("203.0.113.151");
			return request;
		})).andExpect(status().isNotFound());
	}

	@Test
	void theTemplateCanBeDownloaded() throws Exception {
		RequestPostProcessor editor = user("editor-" + site.code())
			.authorities(new SimpleGrantedAuthority("STAFF"), new SimpleGrantedAuthority("site:" + site.id() + ":EDITOR"));
		byte[] template = mvc.perform(get("/admin/services/template.xlsx").with(editor))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
			assertThat(workbook.getSheet("事项").getRow(0).getCell(0).getStringCellValue()).isEqualTo("事项编码");
			assertThat(workbook.getSheet("材料")).isNotNull();
		}
		mvc.perform(multipart("/admin/services/{site}/import", site.id()).file("file", template).with(editor).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("importErrors", List.of("模板中没有填写任何事项。")));
	}

	@Test
	void aBlankFormIsUploadedTypedByItsContentAndDownloadedByThePublic() throws Exception {
		byte[] docx;
		try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("出生登记申请表");
			document.write(out);
			docx = out.toByteArray();
		}
		String address = site.editor().run(() -> catalog.upload(site.id(), "C:\\表格\\出生登记申请表.docx", docx));
		assertThat(address).startsWith("/services/files/");
		mvc.perform(get(address))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Disposition", containsString("attachment")))
			.andExpect(content().bytes(docx));
		assertThatThrownBy(() -> site.editor().run(() -> catalog.upload(site.id(), "表格.docx",
				"<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
			.isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.code()).isEqualTo("servicecatalog.file.type"));
		assertThat(jdbc.sql("select count(*) from service_file where site_id = :site").param("site", site.id())
			.query(Integer.class).single()).isOne();
	}

	@Test
	void guidesArePublishedAsStaticPagesInTheSitesThemeWithTheirTextEscaped() throws Exception {
		ServiceGuide g = ServiceFixtures.complete(code(), "出生登记", "户籍办理");
		ServiceGuide guide = new ServiceGuide(g.code(), g.name(), g.theme(), g.target(), g.fullyOnline(), g.basis(),
				"<script>alert(1)</script>新生儿出生后一个月内", g.place(), g.agency(), g.fees(), g.hours(), g.phone(), g.process(),
				g.timeLimit(), g.notes(), g.materials(), g.links());
		long id = site.editor().run(() -> catalog.create(site.id(), guide));
		sites.publishQueued();
		java.nio.file.Path folder = sites.folder(site.code());
		String page = java.nio.file.Files.readString(folder.resolve("services/guides/" + id + ".html"));
		assertThat(page).contains("<h1>出生登记</h1>", "县公安局户政大队", "href=\"/files/birth-form.docx\"", "SiteIDCode")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;新生儿出生后一个月内")
			.doesNotContain("<script>alert(1)");
		assertThat(java.nio.file.Files.readString(folder.resolve("services/index.html")))
			.contains("户籍办理", "href=\"../services/guides/" + id + ".html\"");

		site.editor().run(() -> catalog.delete(id));
		sites.publishQueued();
		assertThat(folder.resolve("services/guides/" + id + ".html")).doesNotExist();
	}

	@Test
	void thePortalPublishesTheGroupsServicesOnAPageLinkedFromItsOwnCatalogue() throws Exception {
		TestSite department = sites.onlineDepartmentSite(site);
		long birth = site.editor().run(() -> catalog.create(site.id(), ServiceFixtures.complete(code(), "出生登记", "户籍办理")));
		long child = department.editor().run(() -> catalog.create(department.id(),
				ServiceFixtures.complete(code(), "生育登记" + department.code(), "生育收养")));
		sites.publishQueued();
		java.nio.file.Path portal = sites.folder(site.code());
		assertThat(java.nio.file.Files.readString(portal.resolve("services/index.html")))
			.contains("站群办事服务", "href=\"../services/group.html\"")
			.doesNotContain("生育登记" + department.code());
		assertThat(java.nio.file.Files.readString(portal.resolve("services/group.html")))
			.contains("个人办事 · 户籍办理", "href=\"../services/guides/" + birth + ".html\"")
			.contains("个人办事 · 生育收养", "生育登记" + department.code(), "href=\"/services/guides/" + child + "\"");
		assertThat(sites.folder(department.code()).resolve("services/group.html")).as("a department has no group page")
			.doesNotExist();
		mvc.perform(get("/services/guides/{id}", child)).andExpect(status().isOk())
			.andExpect(content().string(containsString("生育登记" + department.code())));
	}

	/** A row of 事项: the given columns, the rest of the ten elements filled in. */
	private static String[] row(String code, String name, String target, String theme, String basis, String agency) {
		return new String[] { code, name, target, theme, "是", basis, "新生儿出生后一个月内", "县政务服务中心", agency, "不收费",
				"工作日", "0898-12345678", "申请、受理、办结", "5 个工作日", "", "", "", "", "", "" };
	}

	private static byte[] workbook(List<String[]> items, List<String[]> materials) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			fill(workbook.createSheet("事项"), items);
			fill(workbook.createSheet("材料"), materials);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static void fill(Sheet sheet, List<String[]> rows) {
		sheet.createRow(0).createCell(0).setCellValue("事项编码");
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(r + 1);
			for (int c = 0; c < rows.get(r).length; c++) {
				if (!rows.get(r)[c].isEmpty()) {
					row.createCell(c).setCellValue(rows.get(r)[c]);
				}
			}
		}
	}
}
