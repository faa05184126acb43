package org.govsite.report;

import java.time.LocalDate;
import java.util.List;

import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The visit beacon through the public API: a view is counted without any cookie, a visitor once a
 * day, robots not at all, and no IP address is kept anywhere in the statistics' tables.
 */
@IntegrationTest
class BeaconTests {

	static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36";

	static final String ADDRESS = "203.0.113.77";

	@Autowired
	MockMvc mvc;

	@Autowired
	PublishFixtures sites;

	@Autowired
	VisitCounter counter;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	TestSite site;

	@BeforeEach
	void site() {
		site = sites.onlineSite();
	}

	private MockHttpServletRequestBuilder beacon(String path, String address, String agent) {
		return post("/api/public/beacon").param("site", site.code()).param("path", path).param("channel", "新闻动态")
			.param("ref", "https://www.baidu.com/s?wd=x").header("User-Agent", agent)
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			});
	}

	@Test
	void anAddressSendingTooManyBeaconsIsRefusedInChineseAndOthersStillCount() throws Exception {
		String busy = "203.0.113.201";
		for (int i = 0; i < 600; i++) {
			mvc.perform(beacon("/index.html", busy, CHROME)).andExpect(status().isNoContent());
		}
		mvc.perform(beacon("/index.html", busy, CHROME))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "60"))
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.detail").value("访问统计请求过于频繁，请稍后再试。"));
		mvc.perform(beacon("/index.html", "203.0.113.202", CHROME)).andExpect(status().isNoContent());
	}

	@Test
	void countsAViewWithoutAnyCookieAndKeepsNoAddress() throws Exception {
		mvc.perform(beacon("/xwdt/index.html", ADDRESS, CHROME))
			.andExpect(status().isNoContent())
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(header().string("Cache-Control", containsString("no-store")));
		mvc.perform(beacon("/index.html", ADDRESS, CHROME)).andExpect(status().isNoContent());
		mvc.perform(beacon("/index.html", "198.51.100.9", CHROME)).andExpect(status().isNoContent());
		mvc.perform(beacon("/index.html", "198.51.100.10", "Mozilla/5.0 (compatible; Baiduspider/2.0)"))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/public/beacon").param("site", site.code()).param("path", "/index.html")
			.header("User-Agent", "curl/8.5")).andExpect(status().isNoContent());
		counter.flush();

		LocalDate today = LocalDate.now(clock);
		assertThat(jdbc.sql("select views, visitors from report_site_day where site_id = :site and day = :day")
			.param("site", site.id()).param("day", today)
			.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single())
			.as("three views by two visitors; the spider and curl not counted").containsExactly(3L, 2L);
		assertThat(jdbc.sql("select views from report_page_day where site_id = :site and path = '/index.html'")
			.param("site", site.id()).query(Long.class).single()).isEqualTo(2L);
		assertThat(jdbc.sql("select host from report_referrer_day where site_id = :site").param("site", site.id())
			.query(String.class).list()).containsExactly("www.baidu.com");

		for (String table : List.of("report_site_day", "report_visitor", "report_page_day", "report_referrer_day",
				"report_search_day", "report_salt")) {
			// the table names are this test's constants
			List<String> rows = jdbc.sql("select t::text from " + table + " t").query(String.class).list();
			assertThat(rows).as(table).noneMatch(row -> row.contains(ADDRESS) || row.contains("198.51.100.9"));
		}
		assertThat(jdbc.sql("select count(*) from information_schema.columns where table_name like 'report\\_%'"
				+ " and (column_name like '%ip%' or column_name like '%addr%')").query(Long.class).single()).isZero();
	}

	@Test
	void theSecondVisitOfADayIsTheSameVisitor() throws Exception {
		mvc.perform(beacon("/a.html", ADDRESS, CHROME)).andExpect(status().isNoContent());
		counter.flush();
		mvc.perform(beacon("/b.html", ADDRESS, CHROME)).andExpect(status().isNoContent());
		counter.flush();
		assertThat(jdbc.sql("select visitors from report_site_day where site_id = :site").param("site", site.id())
			.query(Long.class).single()).isOne();
	}

	@Test
	void badInputIsRefusedInChineseAndCountsNothing() throws Exception {
		mvc.perform(beacon("javascript:alert(1)", ADDRESS, CHROME))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("访问统计参数无效。"));
		mvc.perform(post("/api/public/beacon").param("site", "0000000000").param("path", "/").header("User-Agent", CHROME))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("该网站标识码不存在或网站未上线。"));
		counter.flush();
		assertThat(jdbc.sql("select count(*) from report_site_day where site_id = :site").param("site", site.id())
			.query(Long.class).single()).isZero();
	}

	@Test
	void theConsoleChartsAndExportsTheCounts() throws Exception {
		mvc.perform(beacon("/xwdt/index.html", ADDRESS, CHROME).param("q", "医保")).andExpect(status().isNoContent());
		counter.flush();
		var manager = user("manager-" + site.code()).authorities(new SimpleGrantedAuthority("STAFF"),
				new SimpleGrantedAuthority("site:" + site.id() + ":SITE_MANAGER"));
		mvc.perform(get("/admin/reports/visits/{site}", site.id()).with(manager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/xwdt/index.html")))
			.andExpect(content().string(containsString("医保")))
			.andExpect(content().string(containsString("echarts.min.js")));
		LocalDate today = LocalDate.now(clock);
		mvc.perform(get("/admin/reports/visits/{site}/export.xlsx", site.id()).param("from", today.toString())
			.param("to", today.toString()).with(manager))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")));
	}
}
