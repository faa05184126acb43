package org.govsite.report;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.StaffRole;
import org.govsite.platform.RuleViolation;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The supervisor's yearly oversight report counts the year's spot checks, the inspection's
 * problems found and rectified, the sites opened and closed and the error reports received and
 * answered on time exactly as the tables hold them (counted here by SQL), leaves other years out,
 * keeps the fields staff enter per year, and exports all of it as xlsx and docx; only the system
 * administrator reads it.
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

	@Test
	void countsTheSitesOpenedAndClosedInTheYearFromTheirLifecycle() {
		TestSite opened = sites.onlineSite();
		TestSite closed = sites.onlineSite();
		TestSite openedLater = sites.onlineSite();
		jdbc.sql("update lifecycle_entry set occurred_at = '2019-06-01T02:00:00Z' where site_id in (:sites) and step = 'GO_ONLINE'")
			.param("sites", List.of(opened.id(), closed.id()))
			.update();
		// going back online after a temporary offline period is not an opening
		step(openedLater.id(), "GO_ONLINE", "TEMPORARILY_OFFLINE", "ONLINE", "2019-08-01T02:00:00Z");
		step(closed.id(), "COMPLETE_CLOSING", "CLOSING", "CLOSED", "2019-12-31T15:00:00Z");
		// New Year's Eve in UTC is already next year in Beijing
		step(openedLater.id(), "LEAVE_SUPERVISION", "ONLINE", "LEFT_SUPERVISION", "2019-12-31T16:30:00Z");

		AnnualWebsiteReport report = ADMIN.run(() -> reports.report(YEAR));

		int openings = steps("GO_ONLINE' and from_state = 'APPROVED");
		int closings = steps("COMPLETE_CLOSING");
		int leavings = steps("LEAVE_SUPERVISION");
		assertThat(List.of(openings, closings, leavings)).as("the fixture").containsExactly(2, 1, 0);
		assertThat(report.value("sites.opened")).isEqualTo(String.valueOf(openings));
		assertThat(report.value("sites.closed")).isEqualTo(String.valueOf(closings));
		assertThat(report.value("sites.leftSupervision")).isEqualTo(String.valueOf(leavings));
	}

	@Test
	void countsTheYearsErrorReportsAndThoseAnsweredOnTime() {
		TestSite site = sites.onlineSite();
		jdbc.sql("delete from interaction_error_report where received_at between '2018-12-01' and '2020-02-01'").update();
		errorReport(site.id(), "2019-04-01T02:00:00Z", "2019-04-02", "2019-04-02T01:00:00Z");
		errorReport(site.id(), "2019-05-06T02:00:00Z", "2019-05-07", "2019-05-09T01:00:00Z");
		errorReport(site.id(), "2018-12-31T17:00:00Z", "2019-01-02", null);
		errorReport(site.id(), "2019-12-31T17:00:00Z", "2020-01-02", "2020-01-02T01:00:00Z");

		AnnualWebsiteReport report = ADMIN.run(() -> reports.report(YEAR));

		String year = " from interaction_error_report where extract(year from received_at at time zone 'Asia/Shanghai') = 2019";
		int received = jdbc.sql("select count(*)" + year).query(Integer.class).single();
		int answered = jdbc.sql("select count(answer)" + year).query(Integer.class).single();
		int onTime = jdbc.sql("select count(*)" + year
				+ " and cast(answered_at at time zone 'Asia/Shanghai' as date) <= due_on").query(Integer.class).single();
		assertThat(List.of(received, answered, onTime)).as("the fixture").containsExactly(3, 2, 1);
		assertThat(report.value("errorReports.received")).isEqualTo(String.valueOf(received));
		assertThat(report.value("errorReports.answered")).isEqualTo(String.valueOf(answered));
		assertThat(report.value("errorReports.onTime")).isEqualTo(String.valueOf(onTime));
	}

	@Test
	void keepsTheEnteredFieldsOfEachYearAndExportsThem() throws Exception {
		mvc.perform(post("/admin/reports/oversight/2019").with(csrf()).with(admin())
			.param("training.sessions", "3")
			.param("training.people", "120")
			.param("counterfeit.dealt", "99")
			.param("notes", "关停假冒网站两个。")
			.param("sites.opened", "99"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/reports/oversight?year=2019"));

		AnnualWebsiteReport report = ADMIN.run(() -> reports.report(YEAR));
		assertThat(report.value("training.sessions")).isEqualTo("3");
		assertThat(report.value("training.people")).isEqualTo("120");
		assertThat(report.value("counterfeit.dealt")).as("counted by security operations, not entered").isNotEqualTo("99");
		assertThat(report.value("notes")).isEqualTo("关停假冒网站两个。");
		assertThat(report.value("sites.opened")).as("a counted figure is not entered").isNotEqualTo("99");
		assertThat(ADMIN.run(() -> reports.report(YEAR - 1)).value("training.sessions")).isEmpty();

		assertThatThrownBy(() -> ADMIN.run(() -> reports.save(YEAR, java.util.Map.of("training.people", "一百"))))
			.isInstanceOf(RuleViolation.class);
		assertThat(ADMIN.run(() -> reports.report(YEAR)).value("training.people")).as("kept when refused").isEqualTo("120");

		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(ADMIN.run(() -> reports.xlsx(YEAR))))) {
			List<String> cells = new java.util.ArrayList<>();
			for (Row row : workbook.getSheetAt(0)) {
				for (Cell cell : row) {
					cells.add(cell.getStringCellValue());
				}
			}
			assertThat(cells).contains("组织培训（次）", "3", "处置假冒政府网站（个）", "关停假冒网站两个。", "本年度新开设网站（个）",
					"按期答复（条）");
		}
		try (XWPFDocument document = new XWPFDocument(new java.io.ByteArrayInputStream(ADMIN.run(() -> reports.docx(YEAR))))) {
			String text = document.getTables().stream().map(XWPFTable::getText).reduce("", String::concat);
			assertThat(text).contains("培训人数（人次）", "120", "本年度关停整合网站（个）", "收到网民纠错留言（条）");
		}
		mvc.perform(get("/admin/reports/oversight").param("year", "2019").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("关停假冒网站两个。")));
	}

	@Test
	void onlyTheSystemAdministratorSavesTheEnteredFields() {
		TestSite site = sites.onlineSite();
		assertThatThrownBy(() -> site.editor().run(() -> reports.save(YEAR, java.util.Map.of("training.sessions", "1"))))
			.isInstanceOf(AccessDeniedException.class);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user("oversight-admin").authorities(new SimpleGrantedAuthority("STAFF"),
				new SimpleGrantedAuthority(StaffRole.SYSTEM_ADMIN.authority()));
	}

	private int steps(String step) {
		return jdbc.sql("select count(distinct site_id) from lifecycle_entry where site_id is not null and step = '" + step
				+ "' and extract(year from occurred_at at time zone 'Asia/Shanghai') = 2019").query(Integer.class).single();
	}

	private void step(long siteId, String step, String from, String to, String at) {
		jdbc.sql("""
				insert into lifecycle_entry (site_id, position, step, from_state, to_state, requested_by, occurred_at)
				select :site, max(position) + 1, :step, :from, :to, 'test', cast(:at as timestamptz)
				from lifecycle_entry where site_id = :site""")
			.param("site", siteId)
			.param("step", step)
			.param("from", from)
			.param("to", to)
			.param("at", at)
			.update();
	}

	private void errorReport(long siteId, String receivedAt, String dueOn, String answeredAt) {
		jdbc.sql("""
				insert into interaction_error_report (site_id, query_code, page_url, kind, description, received_at, due_on,
				  answer, answered_by, answered_at)
				values (:site, :code, 'https://example.gov.cn/a.html', 'TYPO', '错字', cast(:received as timestamptz), :due,
				  :answer, :by, cast(:answered as timestamptz))""")
			.param("site", siteId)
			.param("code", "T" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 15))
			.param("received", receivedAt)
			.param("due", LocalDate.parse(dueOn))
			.param("answer", answeredAt == null ? null : "已改正")
			.param("by", answeredAt == null ? null : "test")
			.param("answered", answeredAt)
			.update();
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
