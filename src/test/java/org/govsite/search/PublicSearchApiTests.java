package org.govsite.search;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.govsite.content.ContentFixtures;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.search.internal.QueryLog;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public search API and page: answers, facets, refusals in Chinese, the rate limit, the open list of documents. */
@IntegrationTest
class PublicSearchApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PublishFixtures sites;

	@Autowired
	ContentFixtures documents;

	@Autowired
	SearchFixtures search;

	@Autowired
	QueryLog log;

	@Autowired
	JdbcClient jdbc;

	TestSite site;

	@BeforeEach
	void site() {
		site = sites.onlineSite();
		Staff editor = site.editor();
		documents.published(editor, site.reviewer(), site.id(), site.news(), "县医疗保险报销窗口延长服务时间");
		documents.published(editor, site.reviewer(), site.id(), site.policy(), "关于调整城乡居民医疗保险缴费标准的通知");
		search.settle();
	}

	@Test
	void aSearchAnswersWithHighlightsFacetsAndSynonyms() throws Exception {
		mvc.perform(from("10.0.1.1", get("/api/public/search").param("q", "医保").param("site", site.code())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.hits[0].title", containsString("<mark>")))
			.andExpect(jsonPath("$.hits[0].siteCode").value(site.code()))
			.andExpect(jsonPath("$.facets.site[0].value").value(site.code()))
			.andExpect(jsonPath("$.facets.site[0].count").value(2))
			.andExpect(jsonPath("$.facets.year[0].count").value(2));

		mvc.perform(from("10.0.1.1", get("/api/public/search").param("q", "醫療保險").param("site", site.code())
				.param("channel", String.valueOf(site.policy()))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.hits[0].channels[0]").value("政策文件"));
	}

	@Test
	void aRepeatedSearchKeepsItsChannelFacet() throws Exception {
		for (int i = 0; i < 3; i++) {
			mvc.perform(from("10.0.1.5", get("/api/public/search").param("q", "医疗保险").param("site", site.code())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.facets.channel.length()").value(2))
				.andExpect(jsonPath("$.facets.channel[*].value",
						org.hamcrest.Matchers.containsInAnyOrder(String.valueOf(site.news()), String.valueOf(site.policy()))));
		}
	}

	@Test
	void theQueryLogAddsEachFlushToWhatItHolds() {
		log.record("植树节安排", 3);
		log.record("植树节安排", 0);
		log.record("春运加班车", 0);
		log.flush();
		log.record("植树节安排", 1);
		log.flush();
		assertThat(log.top(1, 1000)).filteredOn(line -> Set.of("植树节安排", "春运加班车").contains(line.query()))
			.containsExactly(new QueryLog.Logged("植树节安排", 3, 1), new QueryLog.Logged("春运加班车", 1, 1));
	}

	@Test
	void badParametersAnswer400InChineseAndChangeNothing() throws Exception {
		log.flush();
		int logged = jdbc.sql("select count(*) from search_query_log").query(Integer.class).single();
		String longQuery = "医".repeat(101);
		List<MockHttpServletRequestBuilder> bad = List.of(get("/api/public/search").param("q", "医保").param("page", "0"),
				get("/api/public/search").param("q", "医保").param("size", "51"),
				get("/api/public/search").param("q", longQuery),
				get("/api/public/search").param("q", "医保").param("sort", "popular"),
				get("/api/public/search").param("q", "医保").param("page", "abc"),
				get("/api/public/search").param("q", "医保").param("site", "12345"),
				get(URI.create("/api/public/search?q=%E5%8C%BB%E4")));
		for (MockHttpServletRequestBuilder request : bad) {
			mvc.perform(from("10.0.1.2", request))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.title").value("检索参数有误"))
				.andExpect(jsonPath("$.detail", containsString("。")));
		}
		log.flush();
		assertThat(jdbc.sql("select count(*) from search_query_log").query(Integer.class).single()).isEqualTo(logged);
	}

	@Test
	void oneAddressSearchingTooOftenGets429() throws Exception {
		// refused requests count too, and cost next to nothing: the limit is reached before it refills
		String tooLong = "医".repeat(101);
		org.springframework.mock.web.MockHttpServletResponse response = null;
		for (int i = 0; i < 200 && (response == null || response.getStatus() == 400); i++) {
			response = mvc.perform(from("10.0.9.9", get("/api/public/search").param("q", tooLong))).andReturn().getResponse();
		}
		assertThat(response.getStatus()).isEqualTo(429);
		assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("频繁");
		mvc.perform(from("10.0.9.10", get("/api/public/search").param("q", "医保"))).andExpect(status().isOk());
	}

	@Test
	void aSiteListsItsNewestDocuments() throws Exception {
		mvc.perform(from("10.0.1.3", get("/api/public/sites/{code}/documents", site.code())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.documents[0].title").value("关于调整城乡居民医疗保险缴费标准的通知"))
			.andExpect(jsonPath("$.documents[0].url", startsWith("/sites/" + site.code() + "/art/")));
		mvc.perform(from("10.0.1.3", get("/api/public/sites/{code}/documents", site.code()).param("channel",
				String.valueOf(site.news()))))
			.andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/v3/api-docs").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user("staff").authorities(() -> "STAFF"))).andExpect(content().string(containsString("/api/public/sites/{siteCode}/documents")));
	}

	@Test
	void theSearchPageWorksWithoutJavaScript() throws Exception {
		mvc.perform(from("10.0.1.4", get("/search").param("q", "医疗保险").param("origin", site.code())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>医疗保险</mark>")))
			.andExpect(content().string(containsString("报销窗口延长服务时间")))
			.andExpect(content().string(containsString("site=" + site.code())));
		mvc.perform(from("10.0.1.4", get("/search").param("q", "医疗保险").param("size", "99")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("每页条数")));
	}

	private static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
		return request.with(mock -> {
			mock.setRemoteAddr(address);
			return mock;
		});
	}
}
