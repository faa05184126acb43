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
 * accessibility problem on the home (with its 政务公开, 互动交流 and 专题 blocks), list, detail,
 * policy-document and special-topic pages, a department's home page, and the disclosure catalogue's
 * and an annual report's pages, on a desktop and on a phone (their screenshots are left in
 * {@code target/published-pages/}); the elderly-friendly mode
 * is remembered.
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

	@Autowired
	org.govsite.interaction.LetterHandling letters;

	@Autowired
	org.govsite.disclosure.DisclosureReports reports;

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
		fixtures.pictureNews(site, "春耕时节田野忙", java.awt.Color.GREEN);
		fixtures.pictureNews(site, "新建图书馆开馆", java.awt.Color.ORANGE);
		fixtures.pictureNews(site, "志愿者走进社区", java.awt.Color.BLUE);
		long[] policy = fixtures.policyWithInterpretation(site);
		// issue 12: the home page's 政务公开, 互动交流 and 专题 blocks, and a topic's own page
		long[] topic = fixtures.topic(site, "乡村振兴", "xczx", "本专题集中发布乡村振兴的政策和进展。");
		content.published(site.editor(), site.reviewer(), site.id(), topic[0], "全县乡村振兴现场会召开");
		org.govsite.platform.RunAs.actor("browser-manager",
				() -> letters.createMailbox(site.id(), org.govsite.interaction.MailboxSettings.of("县长信箱",
						org.govsite.interaction.MailboxKind.LEADER, false, List.of())),
				org.govsite.identity.StaffRole.SITE_MANAGER.forSite(site.id()), org.govsite.identity.StaffRole.STAFF_AUTHORITY);
		// the disclosure catalogue's pages and an annual report published as a page (issue 16)
		org.govsite.disclosure.DisclosureFixtures.handler(site).run(() -> reports.publish(site.id(), 2025));
		// a department site of the portal, with an article: its home page is a page kind of its own
		TestSite department = fixtures.onlineDepartmentSite(site);
		content.published(department.editor(), department.reviewer(), department.id(), department.news(), "县教育局召开教学工作会议");
		fixtures.awaitListeners();
		publishJobs.publishSite(site.id());
		publishJobs.publishSite(department.id());
		fixtures.publishQueued();
		String base = "/sites/" + site.code() + "/";
		pages = List.of(base, base + "xwdt/", base + "zwgk/", base + "art/" + article / 1000 + "/t" + article + ".html",
				base + "art/" + policy[0] / 1000 + "/t" + policy[0] + ".html", base + "zh-hant/xwdt/", base + "xczx/",
				base + "disclosure/", base + "disclosure/subjects/2.html", base + "disclosure/annual/2025.html",
				"/sites/" + department.code() + "/");
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

	/** Issue 12 (GB/T 37668, 适老化): in the elderly-friendly mode axe finds nothing either, on a phone. */
	@Test
	void noSeriousAccessibilityProblemInTheElderlyFriendlyMode(Page page) {
		elderly(page, true);
		try {
			checkAll(page, 375, 812, "elderly-");
		}
		finally {
			elderly(page, false);
		}
	}

	/**
	 * Issue 12: in 适老模式 no text under 18 px and no button under 44 px, at both widths; the
	 * font-size switch shows its state; the page is read aloud by the browser's own speech synthesis,
	 * with a pause.
	 */
	@Test
	void theElderlyFriendlyModeHasLargeTextTargetsAndReadsAloud(Page page) {
		elderly(page, true);
		try {
			elderlyPages(page);
		}
		finally {
			elderly(page, false);
		}
	}

	private void elderlyPages(Page page) {
		for (int width : new int[] { 1280, 375 }) {
			page.setViewportSize(width, 900);
			for (String path : List.of(pages.get(0), pages.get(1), pages.get(3))) {
				page.navigate(path);
				Object small = page.evaluate("() => Array.from(document.querySelectorAll('body *')).filter(e =>"
						+ " e.offsetParent !== null && e.getBoundingClientRect().width > 1"
						+ " && Array.from(e.childNodes).some(n => n.nodeType === 3 && n.textContent.trim())"
						+ " && parseFloat(getComputedStyle(e).fontSize) < 18).map(e => e.tagName + '.' + e.className + ': '"
						+ " + e.textContent.trim().slice(0, 20))");
				assertThat((List<?>) small).as("text under 18 px on " + path + " at " + width).isEmpty();
				Object tiny = page.evaluate("() => Array.from(document.querySelectorAll('button, input:not([type=hidden]), .gs-nav a'))"
						+ ".filter(e => e.offsetParent !== null && e.getBoundingClientRect().height < 44)"
						+ ".map(e => e.tagName + '.' + e.className + ': ' + e.textContent.trim())");
				assertThat((List<?>) tiny).as("targets under 44 px on " + path + " at " + width).isEmpty();
			}
		}
		page.setViewportSize(1280, 900);
		page.navigate(pages.get(3));
		assertThat(page.locator(".gs-size-switch button[data-size=medium]")).hasAttribute("aria-pressed", "true");
		page.locator(".gs-size-switch button[data-size=large]").click();
		assertThat(page.locator(".gs-size-switch button[data-size=large]")).hasAttribute("aria-pressed", "true");
		assertThat(page.locator(".gs-size-switch button[data-size=medium]")).hasAttribute("aria-pressed", "false");
		page.locator(".gs-size-switch button[data-size=medium]").click();

		page.evaluate("() => { window.__spoken = [];"
				+ " window.speechSynthesis.speak = function (u) { window.__spoken.push(u.text); };"
				+ " window.speechSynthesis.pause = function () { window.__spoken.push('pause'); }; }");
		var read = page.locator(".gs-read");
		read.click();
		assertThat(read).hasText("暂停朗读");
		assertThat(page.evaluate("() => window.__spoken[0]").toString()).startsWith("发布测试县召开2026年政务公开工作会议。");
		read.click();
		assertThat(read).hasText("继续朗读");
		assertThat(page.evaluate("() => window.__spoken[1]").toString()).isEqualTo("pause");
		page.locator(".gs-read-stop").click();
		assertThat(read).hasText("朗读");
		assertThat(page.locator(".gs-read-stop")).isHidden();
	}

	/** Issue 12: the picture news is a carousel a keyboard works, which a pause stops and reduced motion keeps still. */
	@Test
	void thePictureCarouselWorksByKeyboard(Page page) {
		page.setViewportSize(1280, 900);
		page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE));
		page.navigate(pages.get(0));
		var carousel = page.locator(".gs-carousel");
		var visible = carousel.locator(".gs-slide:visible");
		assertThat(visible).hasCount(1);
		assertThat(visible).hasAttribute("aria-label", "1 / 3");
		// a reader who asked for less motion gets a still carousel: paused from the start
		assertThat(carousel.locator(".gs-carousel-pause")).hasText("播放");
		carousel.locator(".gs-carousel-next").focus();
		page.keyboard().press("Enter");
		assertThat(visible).hasAttribute("aria-label", "2 / 3");
		page.keyboard().press("ArrowRight");
		assertThat(visible).hasAttribute("aria-label", "3 / 3");
		page.keyboard().press("ArrowRight");
		assertThat(visible).hasAttribute("aria-label", "1 / 3");
		carousel.locator(".gs-carousel-prev").press("Enter");
		assertThat(visible).hasAttribute("aria-label", "3 / 3");
		carousel.locator(".gs-carousel-pause").press("Enter");
		assertThat(carousel.locator(".gs-carousel-pause")).hasText("暂停");

		// tabs: arrow keys move between the channels' lists
		var tabs = page.locator(".gs-tabs [role=tab]");
		assertThat(tabs).hasCount(2);
		tabs.first().focus();
		page.keyboard().press("ArrowRight");
		assertThat(tabs.nth(1)).hasAttribute("aria-selected", "true");
		assertThat(tabs.nth(1)).isFocused();
		assertThat(page.locator(".gs-tabs [role=tabpanel]:visible")).hasCount(1);
	}

	/** Issue 12: on a phone the menu wrapped to three rows; now it folds behind a menu button. */
	@Test
	void onAPhoneTheMenuButtonOpensAndClosesTheNavigation(Page page) {
		page.setViewportSize(375, 812);
		page.navigate(pages.get(1));
		var button = page.locator(".gs-menu-toggle");
		var list = page.locator("#gs-nav-list");
		assertThat(button).isVisible();
		assertThat(button).hasAttribute("aria-expanded", "false");
		assertThat(list).isHidden();
		button.click();
		assertThat(button).hasAttribute("aria-expanded", "true");
		assertThat(list).isVisible();
		list.locator("a").first().focus();
		button.press("Enter");
		assertThat(list).isHidden();
		page.setViewportSize(1280, 900);
		assertThat(button).isHidden();
		assertThat(list).isVisible();
	}

	/** Turns the remembered elderly-friendly mode on or off for the pages opened next. */
	private void elderly(Page page, boolean on) {
		page.navigate(pages.get(0));
		page.evaluate(on ? "() => window.localStorage.setItem('gs-elderly', 'on')" : "() => window.localStorage.removeItem('gs-elderly')");
	}

	private void checkAll(Page page, int width, int height) {
		checkAll(page, width, height, "");
	}

	private void checkAll(Page page, int width, int height, String mode) {
		page.setViewportSize(width, height);
		for (String path : pages) {
			page.navigate(path);
			assertThat(page.locator("main h1")).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Paths.get("target", "published-pages", mode + width + path.replaceAll("[^A-Za-z0-9]+", "_") + ".png")));
			AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
				.analyze();
			List<String> serious = results.getViolations().stream()
				.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
				.map(PublishedSitesBrowserTests::describe)
				.toList();
			assertThat(serious).as(mode + path + " at " + width + " px").isEmpty();
		}
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " "
				+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(3).toList();
	}
}
