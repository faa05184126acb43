package org.govsite.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.govsite.identity.Grant;
import org.govsite.identity.StaffRole;
import org.govsite.identity.TestAccounts;
import org.govsite.migration.OldSite;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.test.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 21: a site's manager starts a migration of the old site, tries the rules on a sample and
 * leaves 通知公告 out, crawls, confirms the suggested channel of the remaining section, imports and
 * reads the report: twelve pages found, six imported, the broken link listed.
 */
@BrowserTest
class MigrationWalkThroughTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	PublishFixtures fixtures;

	@Test
	void aManagerAdjustsARuleOnThePreviewMapsTheSectionsImportsAndReadsTheReport(Page page) throws Exception {
		TestSite site = fixtures.onlineSite();
		String manager = TestAccounts.uniqueName("migrator");
		accounts.create(manager, Grant.site(StaffRole.SITE_MANAGER, site.id()));
		try (OldSite old = new OldSite(6)) {
			page.navigate("/login");
			page.locator("#username").fill(manager);
			page.locator("#password").fill(TestAccounts.PASSWORD);
			page.locator("form.form button[type=submit]").click();
			assertThat(page).hasURL(Pattern.compile(".*/admin$"));

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("网站迁移")).first().click();
			page.locator("#name").fill("旧县门户迁移");
			page.locator("#startUrl").fill(old.base() + "/");
			page.locator("#delayMillis").fill("50");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("创建")).click();
			assertThat(page.locator("h1")).hasText("旧县门户迁移");

			page.locator("#preview").click();
			assertThat(page.locator("#sample")).containsText("/tzgg/");
			assertThat(page.locator("#sample")).containsText("县政府召开常务会议");
			page.locator("#excludePattern").fill(".*(search|/tzgg/).*");
			page.locator("#preview").click();
			assertThat(page.locator("#sample")).containsText("/xwdt/");
			assertThat(page.locator("#sample")).not().containsText("/tzgg/");
			page.locator("#save-rules").click();
			assertThat(page.locator("#excludePattern")).hasValue(".*(search|/tzgg/).*");

			page.locator("#crawl").click();
			reloadUntil(page, page.locator("#state"), "待对应栏目");
			Locator mapping = page.locator("select[name='section:/xwdt/']");
			assertThat(mapping.locator("option[selected]")).hasText("新闻动态");
			assertThat(page.locator("select[name='section:/tzgg/']")).hasCount(0);
			mapping.selectOption(String.valueOf(site.news()));
			page.locator("#save-mapping").click();
			page.locator("#import").click();
			reloadUntil(page, page.locator("#state"), "已导入");

			assertThat(page.locator("#progress")).containsText("已导入 6");
			assertThat(page.locator("main")).containsText("迁移报告");
			assertThat(page.locator("#unmapped")).containsText(old.base() + "/missing.html");
			assertThat(page.locator("#unmapped")).containsText("HTTP 404");
			assertThat(page.locator("#unmapped")).containsText("robots.txt 不允许抓取");
		}
	}

	private static void reloadUntil(Page page, Locator locator, String text) throws InterruptedException {
		long deadline = System.nanoTime() + 90_000_000_000L;
		while (!locator.textContent().contains(text) && System.nanoTime() < deadline) {
			Thread.sleep(500);
			page.reload();
		}
		assertThat(locator).containsText(text);
	}
}
