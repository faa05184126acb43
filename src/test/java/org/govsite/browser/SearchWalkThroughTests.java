package org.govsite.browser;

import java.util.List;
import java.util.regex.Pattern;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import org.govsite.content.ContentFixtures;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.publish.PublishJobs;
import org.govsite.search.SearchFixtures;
import org.govsite.test.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen on a department site's published page searches the whole site group from the header's
 * search box, sees the words found marked, narrows to one site and one channel, and opens a result.
 * axe-core finds no serious or critical problem on the search page with results and facets, nor
 * with nothing found.
 */
@BrowserTest
class SearchWalkThroughTests {

	@Autowired
	PublishFixtures fixtures;

	@Autowired
	ContentFixtures content;

	@Autowired
	PublishJobs publishing;

	@Autowired
	SearchFixtures search;

	@Test
	void fromADepartmentPageSearchTheGroupNarrowBySiteAndChannelAndOpenAResult(Page page) {
		TestSite portal = fixtures.onlineSite();
		TestSite department = fixtures.onlineDepartmentSite(portal);
		content.published(portal.editor(), portal.reviewer(), portal.id(), portal.news(), "县政府部署萤火虫栖息地保护工作");
		content.published(department.editor(), department.reviewer(), department.id(), department.news(),
				"教育局组织中小学生开展萤火虫栖息地科普活动");
		content.published(department.editor(), department.reviewer(), department.id(), department.policy(),
				"关于在校园周边开展萤火虫栖息地保护的通知");
		fixtures.awaitListeners();
		publishing.publishSite(department.id());
		fixtures.publishQueued();
		search.settle();

		page.setViewportSize(1280, 900);
		page.navigate("/sites/" + department.code() + "/");
		page.locator("#gs-search-q").fill("萤火虫栖息地");
		page.locator("form.gs-search button").click();

		assertThat(page).hasURL(Pattern.compile(".*/search\\?q=.*origin=" + department.code() + ".*"));
		assertThat(page.locator("p.total")).hasText("找到 3 条结果");
		assertThat(page.locator("ol.hits h3 mark").first()).hasText("萤火虫栖息地");
		assertThat(page.locator("ol.hits .site").allTextContents()).as("both sites found")
			.anyMatch(name -> name.startsWith("发布测试县人民政府"))
			.anyMatch(name -> name.startsWith("发布测试县教育局"));
		noSeriousAccessibilityProblem(page, "results of the whole group");

		page.locator("nav.facets a[href*='site=" + department.code() + "']").click();
		assertThat(page.locator("p.total")).hasText("找到 2 条结果");
		page.locator("nav.facets a[href*='channel=" + department.policy() + "']").click();
		assertThat(page.locator("p.total")).hasText("找到 1 条结果");
		assertThat(page.locator("ol.hits h3")).hasText("关于在校园周边开展萤火虫栖息地保护的通知");
		noSeriousAccessibilityProblem(page, "results narrowed to a site and a channel");

		page.locator("ol.hits h3 a").click();
		assertThat(page).hasURL(Pattern.compile(".*/sites/" + department.code() + "/art/.*\\.html"));
		assertThat(page.locator("main h1")).hasText("关于在校园周边开展萤火虫栖息地保护的通知");

		page.navigate("/search?q=" + java.net.URLEncoder.encode("量子引力弦论", java.nio.charset.StandardCharsets.UTF_8)
				+ "&site=" + department.code() + "&origin=" + department.code());
		assertThat(page.locator(".empty")).containsText("没有找到相关结果");
		noSeriousAccessibilityProblem(page, "nothing found");
	}

	private static void noSeriousAccessibilityProblem(Page page, String state) {
		List<String> serious = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze()
			.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(SearchWalkThroughTests::describe)
			.toList();
		assertThat(serious).as(state).isEmpty();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " "
				+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(3).toList();
	}
}
