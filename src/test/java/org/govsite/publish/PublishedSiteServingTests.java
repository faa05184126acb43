package org.govsite.publish;

import java.util.List;

import org.govsite.content.ContentFixtures.Staff;
import org.govsite.content.ContentFixtures;
import org.govsite.identity.StaffRole;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** In role all the application serves the published sites: by host name, and under /sites/<标识码>/. */
@IntegrationTest
class PublishedSiteServingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PublishFixtures fixtures;

	@Autowired
	ContentFixtures content;

	@Autowired
	PublishJobs publishJobs;

	TestSite site;

	long documentId;

	@BeforeEach
	void publishedSite() {
		site = fixtures.onlineSite();
		documentId = content.published(site.editor(), site.reviewer(), site.id(), site.news(), "县政府召开常务会议");
		fixtures.awaitListeners();
		publishJobs.publishSite(site.id());
		fixtures.publishQueued();
	}

	@Test
	void underThePathPrefix() throws Exception {
		mvc.perform(get("/sites/{code}/", site.code()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/html;charset=UTF-8"))
			.andExpect(content().string(containsString("县政府召开常务会议")));
		mvc.perform(get("/sites/{code}/xwdt", site.code())).andExpect(redirectedUrl("/sites/" + site.code() + "/xwdt/"));
		mvc.perform(get("/sites/{code}/art/{folder}/t{id}.html", site.code(), documentId / 1000, documentId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<meta name=\"ArticleTitle\" content=\"县政府召开常务会议\">")));
		mvc.perform(get("/sites/{code}/zh-hant/xwdt/", site.code()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("縣政府召開常務會議")));
	}

	/**
	 * The platform's clock set back (a corrected clock, a test's) left the served sites unread until
	 * it caught up again: a site that went online meanwhile answered 未找到该网站.
	 */
	@Test
	void aSiteOnlineAfterTheClockWasSetBackIsServed(@Autowired org.govsite.test.TestClock clock) throws Exception {
		try {
			clock.advance(java.time.Duration.ofDays(3));
			mvc.perform(get("/sites/{code}/", site.code())).andExpect(status().isOk());
			clock.reset();
			TestSite later = fixtures.onlineSite();
			publishJobs.publishSite(later.id());
			fixtures.publishQueued();
			mvc.perform(get("/sites/{code}/", later.code())).andExpect(status().isOk());
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void byHostName() throws Exception {
		mvc.perform(get("/xwdt/").header("Host", site.domain()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("县政府召开常务会议")));
		// the back office does not exist under a site's host name
		mvc.perform(get("/admin").header("Host", site.domain())).andExpect(status().isNotFound());
	}

	/** The public role's own pages (search, letters, applications for disclosure) answer under a site's host name too. */
	@Test
	void thePublicRolesPagesAnswerUnderASitesHostName() throws Exception {
		mvc.perform(get("/letters/follow").header("Host", site.domain())).andExpect(status().isOk());
		mvc.perform(get("/disclosure/query").header("Host", site.domain()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("查询码")));
	}

	@Test
	void withTheManifestsDigestAsETag() throws Exception {
		String sha = new Staff("m", List.of(StaffRole.SITE_MANAGER.forSite(site.id())))
			.run(() -> publishJobs.manifest(site.id()))
			.stream()
			.filter(entry -> entry.path().equals("index.html"))
			.findFirst()
			.orElseThrow()
			.sha256();
		MvcResult home = mvc.perform(get("/sites/{code}/index.html", site.code()))
			.andExpect(header().string("ETag", "\"" + sha + "\""))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn();
		assertThat(home.getResponse().getHeader("Cache-Control")).contains("max-age");
		mvc.perform(get("/sites/{code}/index.html", site.code()).header("If-None-Match", "\"" + sha + "\""))
			.andExpect(status().isNotModified());
	}

	@Test
	void nothingOutsideTheSiteFolder() throws Exception {
		for (String path : new String[] { "/../../keys/audit-chain.key", "/%2e%2e/%2e%2e/keys/audit-chain.key",
				"/xwdt/..%2f..%2f..%2fpostgres", "/.index.html.tmp", "/..\\..\\keys" }) {
			mvc.perform(get("/sites/" + site.code() + path)).andExpect(status().isNotFound());
		}
		mvc.perform(get("/sites/0000000000/index.html")).andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", "text/html;charset=UTF-8"))
			.andExpect(content().string(containsString("未找到该网站")));
	}

	@Test
	void aMissingPageAnswersTheSites404Page() throws Exception {
		mvc.perform(get("/sites/{code}/no/such/page.html", site.code()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("页面未找到")))
			.andExpect(content().string(containsString("<base href=\"/sites/" + site.code() + "/\">")));
	}

	/** The 404 page opened by its own address under the prefix (the 繁體 link of a 404 answer) kept {@code <base href="/">}. */
	@Test
	void theNotFoundPagesOwnAddressesNameThePrefixToo() throws Exception {
		mvc.perform(get("/sites/{code}/404.html", site.code()))
			.andExpect(content().string(containsString("<base href=\"/sites/" + site.code() + "/\">")));
		mvc.perform(get("/sites/{code}/zh-hant/404.html", site.code()))
			.andExpect(content().string(containsString("頁面未找到")))
			.andExpect(content().string(containsString("<base href=\"/sites/" + site.code() + "/zh-hant/\">")));
	}

	/** Issue 12: a missing address of the traditional copy got the simplified 404 page. */
	@Test
	void aMissingTraditionalPageAnswersTheTraditional404Page() throws Exception {
		mvc.perform(get("/sites/{code}/zh-hant/no/such/page.html", site.code()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("頁面未找到")))
			.andExpect(content().string(containsString("<html lang=\"zh-Hant\">")))
			.andExpect(content().string(containsString("<base href=\"/sites/" + site.code() + "/zh-hant/\">")));
	}

	/** Issue 12: a site still applied for had its files published, and its address answered a JSON 404. */
	@Test
	void aSiteNotOnlineIsNotPublishedAndItsAddressSaysSoInChinese() throws Exception {
		TestSite applied = fixtures.appliedSite();
		content.published(applied.editor(), applied.reviewer(), applied.id(), applied.news(), "尚未开通的网站的新闻");
		fixtures.awaitListeners();
		publishJobs.publishSite(applied.id());
		fixtures.publishQueued();
		assertThat(java.nio.file.Files.exists(fixtures.folder(applied.code()).resolve("index.html"))).isFalse();

		String page = mvc.perform(get("/sites/{code}/", applied.code()))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", "text/html;charset=UTF-8"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("网站尚未开通").contains("发布测试县人民政府").doesNotContain("尚未开通的网站的新闻");
		mvc.perform(get("/").header("Host", applied.domain()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("网站尚未开通")));
	}
}
