package org.govsite.publish;

import java.nio.file.Paths;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import org.govsite.content.ContentFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.test.BrowserTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published pages, served in role all, in Chromium: axe-core finds no serious or critical
 * accessibility problem on the home, list, detail and policy-document pages, on a desktop and on a
 * phone; the elderly-friendly mode is remembered.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedSitesBrowserTests {

	@Autowired
	PublishFixtures fixtures;

	@Autowired
	ContentFixtures content;

	@Autowired
	PublishJobs publishJobs;

	TestSite site;

	List<String> pages;

	@BeforeAll
	void publishedSite() {
		site = fixtures.onlineSite();
		long article = content.published(site.editor(), site.reviewer(), site.id(), site.news(),
				"发布测试县召开2026年政务公开工作会议");
		for (int i = 1; i <= 3; i++) {
			content.published(site.editor(), site.reviewer(), site.id(), site.news(), "县政府第" + i + "次常务会议");
		}
		long[] policy = fixtures.policyWithInterpretation(site);
		fixtures.awaitListeners();
		publishJobs.publishSite(site.id());
		fixtures.publishQueued();
		String base = "/sites/" + site.code() + "/";
		pages = List.of(base, base + "xwdt/", base + "zwgk/", base + "art/" + article / 1000 + "/t" + article + ".html",
				base + "art/" + policy[0] / 1000 + "/t" + policy[0] + ".html", base + "zh-hant/xwdt/");
	}

	@Test
	void noSeriousAccessibilityProblemOnADesktop(Page page) {
		checkAll(page, 1280, 900);
	}

	@Test
	void noSeriousAccessibilityProblemOnAPhone(Page page) {
		checkAll(page, 375, 812);
	}

	@Test
	void thePolicyPageLinksItsInterpretationAndShowsItsDisclosureTable(Page page) {
		page.setViewportSize(1280, 900);
		page.navigate(pages.get(4));
		assertThat(page.locator("table.gs-disclosure")).containsText("测政办发〔2026〕1号");
		page.locator(".gs-related a").click();
		assertThat(page.locator("h1")).hasText("《政务公开工作规范》政策解读");
	}

	@Test
	void theElderlyFriendlyModeIsRemembered(Page page) {
		page.setViewportSize(1280, 900);
		page.navigate(pages.get(1));
		page.locator(".gs-elderly-toggle").click();
		assertThat(page.locator("html")).hasClass(java.util.regex.Pattern.compile(".*gs-elderly.*"));
		page.navigate(pages.get(3));
		assertThat(page.locator("html")).hasClass(java.util.regex.Pattern.compile(".*gs-elderly.*"));
		assertThat(page.locator(".gs-elderly-toggle")).hasAttribute("aria-pressed", "true");
		Object size = page.evaluate("() => parseFloat(getComputedStyle(document.querySelector('.gs-article')).fontSize)");
		assertThat(((Number) size).doubleValue()).isGreaterThanOrEqualTo(18);
		page.locator(".gs-elderly-toggle").click();
	}

	private void checkAll(Page page, int width, int height) {
		page.setViewportSize(width, height);
		for (String path : pages) {
			page.navigate(path);
			assertThat(page.locator("main h1")).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Paths.get("target", "published-pages", width + path.replaceAll("[^A-Za-z0-9]+", "_") + ".png")));
			AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
				.analyze();
			List<String> serious = results.getViolations().stream()
				.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
				.map(PublishedSitesBrowserTests::describe)
				.toList();
			assertThat(serious).as(path + " at " + width + " px").isEmpty();
		}
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " "
				+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(3).toList();
	}
}
