package org.govsite.report;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.StaffRole;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The supervisor's yearly oversight report counts the year's spot checks and the inspection's
 * problems found and rectified exactly as the tables hold them (counted here by SQL), leaves other
 * years out, and exports as xlsx and docx; only the system administrator reads it.
 */
@IntegrationTest
class OversightReportTests {

	/** A year no other test writes inspection data for. */
	static final int YEAR = 2019;

	static final Staff ADMIN = new Staff("oversight-admin", List.of("STAFF", StaffRole.SYSTEM_ADMIN.authority()));

	@Autowired
	OversightReports reports;

	@Autowired
	PublishFixtures sites;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void countsTheYearsSpotChecksAndProblemsAsTheTablesHoldThem() throws Exception {
		TestSite site = sites.onlineSite();
		jdbc.sql("delete from assessment_spot_check where quarter like '2019Q%'").update();
		jdbc.sql("delete from monitor_task where extract(year from found_at) = 2019 or extract(year from closed_at) = 2019").update();
		spotCheck("2019Q1", 50, site.id(), site.id() + 1_000_000);
		spotCheck("2019Q3", 60, site.id());
		spotCheck("2020Q1", 50, site.id());
		task(site.id(), "home-stale", "2019-03-01T02:00:00Z", "2019-03-20T02:00:00Z");
		task(site.id(), "broken-link", "2019-05-01T02:00:00Z", null);
		task(site.id(), "broken-link", "2018-12-01T02:00:00Z", "2019-01-10T02:00:00Z");
		task(site.id(), "broken-link", "2020-01-05T02:00:00Z", null);

		AnnualWebsiteReport report = ADMIN.run(() -> reports.report(YEAR));

		int rounds = jdbc.sql("select count(*) from assessment_spot_check where quarter like '2019Q%'").query(Integer.class).single();
		int drawn = jdbc.sql("select coalesce(sum(cardinality(site_ids)), 0) from assessment_spot_check where quarter like '2019Q%'")
			.query(Integer.class).single();
		int found = jdbc.sql("select count(*) from monitor_task where extract(year from found_at at time zone 'Asia/Shanghai') = 2019")
			.query(Integer.class).single();
		int closed = jdbc.sql("select count(*) from monitor_task where extract(year from closed_at at time zone 'Asia/Shanghai') = 2019")
			.query(Integer.class).single();
		assertThat(List.of(rounds, drawn, found, closed)).as("the fixture").containsExactly(2, 3, 2, 2);
		assertThat(report.value("spotChecks.rounds")).isEqualTo(String.valueOf(rounds));
		assertThat(report.value("spotChecks.sites")).isEqualTo(String.valueOf(drawn));
		assertThat(report.value("spotChecks.quarters")).isEqualTo("2019Q1（50%）、2019Q3（60%）");
		assertThat(report.value("inspection.found")).isEqualTo(String.valueOf(found));
		assertThat(report.value("inspection.closed")).isEqualTo(String.valueOf(closed));
		assertThat(report.value("inspection.broken-link")).isEqualTo("发现 1 个，整改 1 个");
		assertThat(report.value("inspection.home-stale")).isEqualTo("发现 1 个，整改 1 个");

		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(ADMIN.run(() -> reports.xlsx(YEAR))))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("政府网站监管年度工作报告（2019年度）");
		}
		try (XWPFDocument document = new XWPFDocument(new java.io.ByteArrayInputStream(ADMIN.run(() -> reports.docx(YEAR))))) {
			assertThat(document.getTables()).hasSize(report.sections().size());
		}
		mvc.perform(get("/admin/reports/oversight").param("year", "2019")
			.with(user("oversight-admin").authorities(new SimpleGrantedAuthority("STAFF"),
					new SimpleGrantedAuthority(StaffRole.SYSTEM_ADMIN.authority()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2019Q1（50%）、2019Q3（60%）")));
	}

	@Test
	void onlyTheSystemAdministratorReadsIt() {
		TestSite site = sites.onlineSite();
		assertThatThrownBy(() -> site.editor().run(() -> reports.report(YEAR))).isInstanceOf(AccessDeniedException.class);
	}

	private void spotCheck(String quarter, int share, long... siteIds) {
		jdbc.sql("insert into assessment_spot_check (quarter, seed, share, site_ids, drawn_at, drawn_by)"
				+ " values (:quarter, 1, :share, :sites, now(), 'test')")
			.param("quarter", quarter)
			.param("share", share)
			.param("sites", java.util.Arrays.stream(siteIds).boxed().toArray(Long[]::new))
			.update();
	}

	private void task(long siteId, String kind, String foundAt, String closedAt) {
		jdbc.sql("""
				insert into monitor_task (site_id, kind, subject, detail, evidence, check_name, found_at, last_seen_at, due_on,
				  state, closed_at)
				values (:site, :kind, :subject, '测试', '测试', 'test', cast(:found as timestamptz), cast(:found as timestamptz),
				  :due, :state, cast(:closed as timestamptz))""")
			.param("site", siteId)
			.param("kind", kind)
			.param("subject", kind + foundAt)
			.param("found", foundAt)
			.param("due", LocalDate.parse(foundAt.substring(0, 10)).plusDays(10))
			.param("state", closedAt == null ? "open" : "closed")
			.param("closed", closedAt)
			.update();
	}
}
