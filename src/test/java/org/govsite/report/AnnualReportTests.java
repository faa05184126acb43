package org.govsite.report;

import java.awt.Color;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.StaffRole;
import org.govsite.interaction.LetterHandling;
import org.govsite.interaction.Letters;
import org.govsite.interaction.MailboxKind;
import org.govsite.interaction.MailboxSettings;
import org.govsite.interaction.NewLetter;
import org.govsite.platform.RuleViolation;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.servicecatalog.ServiceCatalog;
import org.govsite.servicecatalog.ServiceFixtures;
import org.govsite.servicecatalog.ServiceGuide;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual website report of a fixture group (a portal and a department site with documents,
 * services, letters and visits): every counted field equals what the test counts itself in the
 * owning modules' tables, the department's data never in the portal's report; staff's entries are
 * checked; publishing freezes the report, which is then exported and shown to the public.
 */
@IntegrationTest
class AnnualReportTests {

	@Autowired
	PublishFixtures sites;

	@Autowired
	AnnualReports reports;

	@Autowired
	ServiceCatalog services;

	@Autowired
	LetterHandling handling;

	@Autowired
	Letters letters;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	TestSite portal;

	TestSite department;

	Staff manager;

	int year;

	@BeforeEach
	void group() throws Exception {
		clock.setTo(LocalDateTime.of(2026, 6, 15, 10, 0));
		year = 2026;
		portal = sites.onlineSite();
		department = sites.onlineDepartmentSite(portal);
		manager = new Staff("manager-" + portal.code(), List.of(StaffRole.STAFF_AUTHORITY, StaffRole.SITE_MANAGER.forSite(portal.id())));
		sites.policyWithInterpretation(portal, "11460000MB0000000X/2026-" + ThreadLocalRandom.current().nextInt(10_000, 100_000));
		sites.pictureNews(portal, "县长调研春耕", Color.RED);
		sites.pictureNews(portal, "县政府常务会议", Color.BLUE);
		sites.pictureNews(department, "教育局召开会议", Color.GREEN);
		portal.editor().run(() -> services.create(portal.id(), guide("A", true)));
		portal.editor().run(() -> services.create(portal.id(), guide("B", false)));
		department.editor().run(() -> services.create(department.id(), guide("C", true)));
		long mailbox = manager.run(() -> handling.createMailbox(portal.id(),
				MailboxSettings.of("县长信箱", MailboxKind.LEADER, false, List.of())));
		letters.submit(mailbox, new NewLetter("张三", false, phone(), null, null, "路灯", "人民路路灯坏了。", true));
		letters.submit(mailbox, new NewLetter("李四", true, phone(), null, null, "公交", "建议增开公交线路。", false));
		for (String address : new String[] { "203.0.113.1", "203.0.113.1", "203.0.113.2" }) {
			mvc.perform(post("/api/public/beacon").param("site", portal.code()).param("path", "/index.html")
				.header("User-Agent", BeaconTests.CHROME).with(request -> {
					request.setRemoteAddr(address);
					return request;
				})).andExpect(status().isNoContent());
		}
		counter.flush();
	}

	@Autowired
	VisitCounter counter;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private static String phone() {
		return "139" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
	}

	private static ServiceGuide guide(String suffix, boolean online) {
		ServiceGuide g = ServiceFixtures.complete("AR-" + suffix + ThreadLocalRandom.current().nextInt(1_000_000), "年报事项" + suffix, "户籍办理");
		return new ServiceGuide(g.code(), g.name(), g.theme(), g.target(), online, g.basis(), g.conditions(), g.place(),
				g.agency(), g.fees(), g.hours(), g.phone(), g.process(), g.timeLimit(), g.notes(), g.materials(), g.links());
	}

	/** Documents placed live on the site in the year, once each, in channels of the given kinds (all when none). */
	private long documents(long siteId, String... kinds) {
		return jdbc.sql("""
				select count(distinct p.document_id) from content_placement p join channel c on c.id = p.channel_id
				where p.site_id = :site and p.live and extract(year from p.published_at at time zone 'Asia/Shanghai') = :year
				  and (cardinality(cast(:kinds as text[])) = 0 or c.kind = any(cast(:kinds as text[])))""")
			.param("site", siteId)
			.param("year", year)
			.param("kinds", kinds)
			.query(Long.class)
			.single();
	}

	private long sql(String query, long siteId) {
		return jdbc.sql(query).param("site", siteId).param("year", year).query(Long.class).single();
	}

	@Test
	void everyCountedFieldMatchesTheGroupCountedIndependently() {
		AnnualWebsiteReport report = manager.run(() -> reports.report(portal.id(), year));

		Map<String, Long> expected = new java.util.LinkedHashMap<>();
		expected.put("documents.total", documents(portal.id()));
		expected.put("documents.news", documents(portal.id(), "NEWS"));
		expected.put("documents.overview", documents(portal.id(), "OVERVIEW"));
		expected.put("documents.disclosure", documents(portal.id(), "DISCLOSURE", "POLICY", "PERSONNEL", "PLAN"));
		expected.put("interpretation.total", documents(portal.id(), "INTERPRETATION"));
		expected.put("services.items", sql("select count(*) from service_item where site_id = :site", portal.id()));
		expected.put("services.fullyOnline", sql("select count(*) from service_item where site_id = :site and fully_online", portal.id()));
		expected.put("letters.received", sql("""
				select count(*) from interaction_letter l join interaction_mailbox m on m.id = l.mailbox_id
				where m.site_id = :site and l.state <> 'REJECTED' and extract(year from l.receipt_day) = :year""", portal.id()));
		expected.put("letters.published", 0L);
		expected.put("visits.views", 3L);
		expected.put("visits.visitors", 2L);
		expected.forEach((key, count) -> assertThat(report.value(key)).as(key).isEqualTo(String.valueOf(count)));

		// and the fixture is what it should be, so that the comparison compares something
		assertThat(expected).containsEntry("documents.total", 4L).containsEntry("documents.news", 2L)
			.containsEntry("documents.disclosure", 1L).containsEntry("interpretation.total", 1L)
			.containsEntry("services.items", 2L).containsEntry("services.fullyOnline", 1L)
			.containsEntry("letters.received", 2L);
		assertThat(report.value("website.code")).isEqualTo(portal.code());
		assertThat(report.value("website.kind")).isEqualTo("政府门户网站");
		assertThat(report.value("services.catalogue")).isEqualTo("是");
		// the test context reads no case feed: no case at all, online ones included, and counted, not entered
		assertThat(report.sections().stream().flatMap(section -> section.lines().stream())
			.filter(line -> line.key().equals("services.casesOnline")))
			.singleElement()
			.satisfies(line -> assertThat(line.counted()).isTrue())
			.satisfies(line -> assertThat(line.value()).isEqualTo("0"));
		assertThat(report.dueOn()).isEqualTo(LocalDate.of(2027, 1, 31));
	}

	@Test
	void staffFillTheOtherFieldsAndPublishOnceTheYearIsOver() throws Exception {
		assertThatThrownBy(() -> manager.run(() -> reports.save(portal.id(), year, Map.of("services.registeredUsers", "三次"))))
			.isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.code()).isEqualTo("report.annual.number"));
		manager.run(() -> reports.save(portal.id(), year,
				Map.of("security.monitoring", "是", "sign.filler", "王五", "security.checks", "4", "visits.views", "999999")));
		AnnualWebsiteReport draft = manager.run(() -> reports.report(portal.id(), year));
		assertThat(draft.value("security.monitoring")).isEqualTo("是");
		assertThat(draft.value("security.checks")).as("counted by security operations, not entered").isEqualTo("0");
		assertThat(draft.value("sign.filler")).isEqualTo("王五");
		assertThat(draft.value("visits.views")).as("a counted field is not staff's to change").isEqualTo("3");

		assertThatThrownBy(() -> manager.run(() -> reports.publish(portal.id(), year)))
			.isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.code()).isEqualTo("report.annual.yearNotOver"));
		clock.setTo(LocalDateTime.of(2027, 1, 10, 9, 0));
		AnnualWebsiteReport published = manager.run(() -> reports.publish(portal.id(), year));
		assertThat(published.published()).isTrue();
		assertThat(published.value("documents.total")).isEqualTo("4");

		// a news item of the same year, entered late: the year now has 5, the published report keeps 4
		clock.setTo(LocalDateTime.of(2026, 12, 30, 9, 0));
		sites.pictureNews(portal, "年末补录的新闻", Color.BLACK);
		clock.setTo(LocalDateTime.of(2027, 1, 10, 9, 30));
		assertThat(documents(portal.id())).isEqualTo(5L);
		assertThat(manager.run(() -> reports.report(portal.id(), year)).value("documents.total"))
			.as("a published report keeps its values").isEqualTo("4");
		assertThatThrownBy(() -> manager.run(() -> reports.save(portal.id(), year, Map.of("sign.filler", "赵六"))))
			.isInstanceOf(RuleViolation.class);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(manager.run(() -> reports.xlsx(portal.id(), year))))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("政府网站工作年度报表");
		}
		try (XWPFDocument document = new XWPFDocument(new java.io.ByteArrayInputStream(manager.run(() -> reports.docx(portal.id(), year))))) {
			assertThat(document.getTables()).isNotEmpty();
		}
		sites.publishQueued();
		assertThat(java.nio.file.Files.readString(sites.folder(portal.code()).resolve("reports/annual-" + year + ".html")))
			.contains("政府网站工作年度报表（2026年度）", "王五", "SiteIDCode");
		assertThat(java.nio.file.Files.readString(sites.folder(portal.code()).resolve("index.html")))
			.as("the home page's 政务公开 block links to the published report")
			.contains("<a href=\"reports/annual-" + year + ".html\">政府网站工作年度报表（2026年度）</a>");
		assertThat(java.nio.file.Files.readString(sites.folder(department.code()).resolve("index.html")))
			.doesNotContain("reports/annual-");
		mvc.perform(get("/reports/annual").param("site", portal.code()).param("year", String.valueOf(year)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("王五")));
		mvc.perform(get("/reports/annual").param("site", department.code()).param("year", String.valueOf(year)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anUnpublishedReportIsOnTheManagersWorkbenchBeforeItsDeadline() {
		clock.setTo(LocalDateTime.of(2026, 12, 20, 9, 0));
		assertThat(manager.run(() -> reports.dueSoon())).as("last year's, 2025, due 2026-01-31, long past: still listed")
			.anyMatch(due -> due.siteId() == portal.id() && due.year() == 2025);
		clock.setTo(LocalDateTime.of(2027, 1, 5, 9, 0));
		assertThat(manager.run(() -> reports.dueSoon())).anyMatch(due -> due.siteId() == portal.id() && due.year() == 2026
				&& due.dueOn().equals(LocalDate.of(2027, 1, 31)));
		manager.run(() -> reports.publish(portal.id(), 2026));
		assertThat(manager.run(() -> reports.dueSoon())).noneMatch(due -> due.siteId() == portal.id());
	}

	@Test
	void theSystemAdministratorChangesTheFormAndABrokenOneIsRefused() {
		Staff admin = new Staff("admin-" + portal.code(), List.of(StaffRole.STAFF_AUTHORITY, StaffRole.SYSTEM_ADMIN.authority()));
		String shipped = admin.run(() -> reports.templateBody());
		assertThatThrownBy(() -> admin.run(() -> reports.saveTemplate("{\"title\": \"x\"}")))
			.isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.code()).isEqualTo("report.template.invalid"));
		assertThatThrownBy(() -> manager.run(() -> reports.saveTemplate(shipped)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		try {
			admin.run(() -> reports.saveTemplate(shipped.replace("\"独立用户访问总量（个）\"", "\"独立访客数（个）\"")));
			assertThat(manager.run(() -> reports.report(portal.id(), year)).sections().get(1).lines().get(0).label())
				.isEqualTo("独立访客数（个）");
		}
		finally {
			admin.run(() -> reports.resetTemplate());
		}
	}
}
