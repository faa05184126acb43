package org.govsite.report.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.report.VisitImport;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * nginx's access log imported into the daily statistics: page views of the sites counted from the
 * log, robots, assets and errors left out, a visitor once a day, each file once, no address kept.
 */
@IntegrationTest
class AccessLogImportTests {

	@Autowired
	PublishFixtures sites;

	@Autowired
	SiteCodes codes;

	@Autowired
	VisitImport visits;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@TempDir
	Path folder;

	@Test
	void importsTheLogOfTheListedSitesOnce() throws Exception {
		TestSite site = sites.onlineSite();
		TestSite other = sites.onlineSite();
		String browser = "\"Mozilla/5.0 (Windows NT 10.0) Chrome/140.0\"";
		Path log = folder.resolve("govsite-access.log.1");
		Files.writeString(log, String.join("\n",
				"203.0.113.7 - - [05/Dec/2026:10:00:00 +0800] \"GET /index.html HTTP/2.0\" 200 5120 \"https://www.baidu.com/s?wd=x\" " + browser + " " + site.code(),
				"203.0.113.7 - - [05/Dec/2026:10:01:00 +0800] \"GET /xwdt/ HTTP/2.0\" 200 5120 \"-\" " + browser + " " + site.code(),
				"198.51.100.9 - - [05/Dec/2026:23:59:00 +0800] \"GET /index.html HTTP/2.0\" 304 0 \"-\" " + browser + " " + site.code(),
				"198.51.100.9 - - [05/Dec/2026:10:02:00 +0800] \"GET /assets/site.css HTTP/2.0\" 200 100 \"-\" " + browser + " " + site.code(),
				"198.51.100.9 - - [05/Dec/2026:10:03:00 +0800] \"GET /nope.html HTTP/2.0\" 404 100 \"-\" " + browser + " " + site.code(),
				"66.249.66.1 - - [05/Dec/2026:10:04:00 +0800] \"GET /index.html HTTP/2.0\" 200 5120 \"-\" \"Googlebot/2.1\" " + site.code(),
				"203.0.113.8 - - [05/Dec/2026:10:05:00 +0800] \"GET /index.html HTTP/2.0\" 200 5120 \"-\" " + browser + " " + other.code(),
				"not a line of the format") + "\n");
		AccessLogImport logs = new AccessLogImport(new AccessLogProperties(List.of(log.toString(), folder.resolve("missing.log").toString()),
				Set.of(site.code()), LocalTime.of(1, 30)), codes, visits, jdbc, clock);

		assertThat(logs.importNew()).isOne();
		assertThat(logs.importNew()).as("a file is imported once").isZero();

		assertThat(jdbc.sql("select views || '/' || visitors from report_site_day where site_id = :site and day = :day")
			.param("site", site.id()).param("day", LocalDate.of(2026, 12, 5)).query(String.class).single()).isEqualTo("3/2");
		assertThat(jdbc.sql("select count(*) from report_site_day where site_id = :site").param("site", other.id())
			.query(Integer.class).single()).as("a site not counted from the log").isZero();
		assertThat(jdbc.sql("select host from report_referrer_day where site_id = :site").param("site", site.id())
			.query(String.class).list()).containsExactly("www.baidu.com");
		assertThat(jdbc.sql("select t::text from report_page_day t where site_id = :site").param("site", site.id())
			.query(String.class).list()).hasSize(2).noneMatch(row -> row.contains("203.0.113.7"));
	}
}
