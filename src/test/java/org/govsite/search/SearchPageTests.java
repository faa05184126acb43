package org.govsite.search;

import java.nio.charset.StandardCharsets;

import org.govsite.content.ContentFixtures;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.publish.internal.HtmlChecker;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The search page as the public sees it: its facets narrow (on every request, not only the first),
 * and each state of it (start, results with facets, narrowed, nothing found, refused) is valid HTML
 * by the Nu HTML Checker, like the published pages. axe-core runs on it in SearchWalkThroughTests.
 */
@IntegrationTest
class SearchPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PublishFixtures sites;

	@Autowired
	ContentFixtures documents;

	@Autowired
	SearchFixtures search;

	TestSite site;

	@BeforeEach
	void site() {
		site = sites.onlineSite();
		documents.published(site.editor(), site.reviewer(), site.id(), site.news(), "县医疗保险报销窗口延长服务时间");
		documents.published(site.editor(), site.reviewer(), site.id(), site.policy(), "关于调整城乡居民医疗保险缴费标准的通知");
		search.settle();
	}

	@Test
	void theFacetsNarrowOnEveryRequest() throws Exception {
		for (int i = 0; i < 2; i++) {
			String html = page(get("/search").param("q", "医疗保险").param("site", site.code()));
			assertThat(html).as("request " + (i + 1))
				.contains("channel=" + site.news(), "channel=" + site.policy())
				.contains("<h2>栏目</h2>", "<h2>站点</h2>", "<h2>年份</h2>");
		}
		String narrowed = page(get("/search").param("q", "医疗保险").param("site", site.code())
			.param("channel", String.valueOf(site.policy())));
		assertThat(narrowed).contains("找到 1 条结果", "缴费标准").doesNotContain("报销窗口");
	}

	@Test
	void everyStateOfThePageIsValidHtml() throws Exception {
		assertValid(page(get("/search")));
		assertValid(page(get("/search").param("q", "医疗保险").param("origin", site.code())));
		assertValid(page(get("/search").param("q", "医疗保险").param("site", site.code())
			.param("channel", String.valueOf(site.news())).param("origin", site.code())));
		String empty = page(get("/search").param("q", "量子引力弦论").param("site", site.code()));
		assertThat(empty).contains("没有找到相关结果");
		assertValid(empty);
		String refused = page(get("/search").param("q", "医疗保险").param("size", "99"));
		assertThat(refused).contains("每页条数");
		assertValid(refused);
	}

	private static void assertValid(String html) {
		assertThat(HtmlChecker.errors(html)).as(html).isEmpty();
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(mock -> {
			mock.setRemoteAddr("10.0.2.1");
			return mock;
		})).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
