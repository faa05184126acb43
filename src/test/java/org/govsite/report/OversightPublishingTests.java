package org.govsite.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.StaffRole;
import org.govsite.platform.RuleViolation;
import org.govsite.publish.HomeReports;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.SitePage;
import org.govsite.publish.SitePageSource;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The oversight report is published like the annual website report: once its year is over, frozen
 * as it then stood (later data and entries change nothing), on the group's portal as a page linked
 * from the home page and the site map; and it is kept in its own table, not under a made-up site
 * (the migration moves what was kept there, tried on temporary tables).
 */
@IntegrationTest
class OversightPublishingTests {

	/** A year no other test writes oversight entries or spot checks for. */
	static final int YEAR = 2016;

	static final Staff ADMIN = OversightReportTests.ADMIN;

	@Autowired
	OversightReports reports;

	@Autowired
	PublishFixtures sites;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	List<SitePageSource> pageSources;

	@Autowired
	List<HomeReports> homeReports;

	@Autowired
	TestClock clock;

	@Autowired
	DataSource dataSource;

	@Test
	void aPublishedReportIsFrozenAndPublishedOnThePortal() throws Exception {
		sites.onlineSite();
		jdbc.sql("delete from report_oversight where year = ?").param(YEAR).update();
		jdbc.sql("delete from assessment_spot_check where quarter like '2016Q%'").update();
		spotCheck("2016Q1");
		ADMIN.run(() -> reports.save(YEAR, Map.of("training.sessions", "5", "notes", "全年培训五次。")));

		mvc.perform(post("/admin/reports/oversight/{year}/publish", YEAR).with(csrf()).with(admin()))
			.andExpect(redirectedUrl("/admin/reports/oversight?year=" + YEAR));

		AnnualWebsiteReport published = ADMIN.run(() -> reports.report(YEAR));
		assertThat(published.published()).isTrue();
		assertThat(published.value("spotChecks.rounds")).isEqualTo("1");
		assertThat(published.value("training.sessions")).isEqualTo("5");

		// what happens after publishing does not change it
		spotCheck("2016Q2");
		assertThat(ADMIN.run(() -> reports.report(YEAR)).value("spotChecks.rounds")).as("frozen").isEqualTo("1");
		assertThatThrownBy(() -> ADMIN.run(() -> reports.save(YEAR, Map.of("training.sessions", "6"))))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> ADMIN.run(() -> reports.publish(YEAR))).isInstanceOf(RuleViolation.class);
		assertThat(ADMIN.run(() -> reports.report(YEAR)).value("training.sessions")).isEqualTo("5");
		String page = mvc.perform(get("/admin/reports/oversight").param("year", String.valueOf(YEAR)).with(admin()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"report-state\"", "全年培训五次。").doesNotContain("id=\"publish-oversight\"",
				"id=\"save-oversight\"");

		// on the portal: its page, linked from the home page and the site map
		long portal = published.siteId();
		SitePageSource source = pageSources.stream().filter(s -> s.folder().equals("jianguan/")).findFirst().orElseThrow();
		SitePage onPortal = source.pages(portal).stream().filter(p -> p.path().equals("jianguan/" + YEAR + ".html"))
			.findFirst().orElseThrow();
		assertThat(onPortal.title()).isEqualTo("政府网站监管年度工作报告（2016年度）");
		assertThat(onPortal.sections()).flatExtracting(SitePage.Section::tables).flatExtracting(SitePage.Table::body)
			.anySatisfy(row -> assertThat(row).extracting(SitePage.Cell::text).containsExactly("组织培训（次）", "5"));
		assertThat(source.siteMapEntries(portal)).extracting(SitePage.Href::path).contains("jianguan/" + YEAR + ".html");
		assertThat(homeReports).flatExtracting(reports -> reports.of(portal)).extracting(HomeReports.Report::sitePath)
			.anySatisfy(path -> assertThat(path).startsWith("jianguan/"));

		// kept in its own table: nothing under a made-up site id in the annual website reports' table
		assertThat(jdbc.sql("select count(*) from report_annual where site_id = 0").query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from report_oversight where year = ? and published_at is not null").param(YEAR)
			.query(Integer.class).single()).isOne();
	}

	@Test
	void theCurrentYearIsNotPublished() {
		int thisYear = LocalDate.now(clock).getYear();
		assertThatThrownBy(() -> ADMIN.run(() -> reports.publish(thisYear))).isInstanceOf(RuleViolation.class);
		assertThat(ADMIN.run(() -> reports.report(thisYear)).published()).isFalse();
	}

	@Test
	void theMigrationMovesTheGroupsEntriesOutOfTheAnnualReportsTable() throws Exception {
		// the migrations run again on this session's temporary schema, which no other session sees
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("create temporary table migration_scratch (id int)");
			try {
				statement.execute("set search_path to pg_temp");
				ScriptUtils.executeSqlScript(connection,
						new ClassPathResource("db/migration/report/V2026_12_07_0810__report_annual.sql"));
				statement.execute("insert into report_annual (site_id, year, entered) values"
						+ " (0, 2020, '{\"training.sessions\": \"3\"}'), (7, 2020, '{\"visits.pv\": \"10\"}')");

				ScriptUtils.executeSqlScript(connection,
						new ClassPathResource("db/migration/report/V2026_12_09_1600__report_oversight.sql"));

				try (ResultSet annual = statement.executeQuery("select site_id from pg_temp.report_annual order by site_id")) {
					List<Long> left = new java.util.ArrayList<>();
					while (annual.next()) {
						left.add(annual.getLong(1));
					}
					assertThat(left).as("a site's report stays, the group's moves").containsExactly(7L);
				}
				try (ResultSet moved = statement.executeQuery("select year, entered ->> 'training.sessions', published_at"
						+ " from pg_temp.report_oversight")) {
					assertThat(moved.next()).isTrue();
					assertThat(moved.getInt(1)).isEqualTo(2020);
					assertThat(moved.getString(2)).isEqualTo("3");
					assertThat(moved.getObject(3)).as("moved as a draft").isNull();
					assertThat(moved.next()).isFalse();
				}
			}
			finally {
				statement.execute("reset search_path");
				statement.execute("drop table if exists pg_temp.report_oversight, pg_temp.report_annual,"
						+ " pg_temp.report_annual_template, pg_temp.migration_scratch");
			}
		}
	}

	private void spotCheck(String quarter) {
		jdbc.sql("insert into assessment_spot_check (quarter, seed, share, site_ids, drawn_at, drawn_by)"
				+ " values (:quarter, 1, 50, :sites, now(), 'test')")
			.param("quarter", quarter)
			.param("sites", new Long[] { 1L })
			.update();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user("oversight-admin").authorities(new SimpleGrantedAuthority("STAFF"),
				new SimpleGrantedAuthority(StaffRole.SYSTEM_ADMIN.authority()));
	}
}
