package org.govsite.browser;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.identity.Grant;
import org.govsite.identity.StaffRole;
import org.govsite.identity.TestAccounts;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.test.BrowserTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor enters a service item (refused until its guide is complete); a citizen finds it by
 * theme, reads its guide with the blank form's link and queries a case; the site manager opens
 * last year's annual website report, fills the manual fields, publishes and exports it, and the
 * public reads it.
 */
@BrowserTest
class ServiceWalkThroughTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	PublishFixtures sites;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private static void signIn(Page page, String username) {
		page.navigate("/logout");
		page.navigate("/login");
		page.locator("#username").fill(username);
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("form.form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/admin$"));
	}

	@Test
	void aServiceIsEnteredFoundByThemeAndTheYearsReportPublished(Page page) throws Exception {
		clock.setTo(LocalDateTime.of(2027, 1, 12, 9, 0));
		TestSite site = sites.onlineSite();
		String editor = TestAccounts.uniqueName("services");
		String manager = TestAccounts.uniqueName("reports");
		accounts.create(editor, Grant.site(StaffRole.EDITOR, site.id()));
		accounts.create(manager, Grant.site(StaffRole.SITE_MANAGER, site.id()));

		signIn(page, editor);
		page.navigate("/admin/services/" + site.id() + "/new");
		page.locator("#code").fill("11469900MB0009001");
		page.locator("#name").fill("出生登记");
		page.locator("#theme").selectOption("户籍办理");
		page.locator("#basis").fill("《中华人民共和国户口登记条例》第七条");
		page.locator("#save-guide").click();
		assertThat(page.locator(".flash.error")).containsText("缺少：申请条件、办理材料、办理地点");
		page.locator("#conditions").fill("婴儿出生后一个月以内申报");
		page.locator("#place").fill("县政务服务中心一楼");
		page.locator("#agency").fill("县公安局户政大队");
		page.locator("#fees").fill("不收费");
		page.locator("#hours").fill("工作日 9:00—17:00");
		page.locator("#phone").fill("0898-12345678");
		page.locator("#process").fill("申请、受理、办结");
		page.locator("#timeLimit").fill("当场办结");
		page.locator("[id='materials0.name']").fill("出生医学证明");
		page.locator("[id='materials0.blankForm']").fill("/services/forms/birth.docx");
		page.locator("#save-guide").click();
		assertThat(page.locator(".flash.success")).containsText("已保存");

		page.navigate("/services?site=" + site.code());
		page.locator("a", new Page.LocatorOptions().setHasText("户籍办理")).first().click();
		page.locator("a", new Page.LocatorOptions().setHasText("出生登记")).first().click();
		assertThat(page.locator("h1")).hasText("出生登记");
		assertThat(page.locator("a.blank-form")).hasAttribute("href", "/services/forms/birth.docx");
		page.locator("a", new Page.LocatorOptions().setHasText("办件查询")).first().click();
		// the browser tests' 政务服务 feed (TestCaseFeed) knows this case
		page.locator("#number").fill(org.govsite.test.TestCaseFeed.KNOWN_CASE);
		page.locator("form button[type=submit]").click();
		assertThat(page.locator("#case-state")).hasText("已办结");

		signIn(page, manager);
		page.navigate("/admin/reports");
		page.locator("a", new Page.LocatorOptions().setHasText("2026 年度")).first().click();
		assertThat(page.locator("[id='f-services.items']")).hasText("1");
		page.locator("[id='f-security.monitoring']").selectOption("是");
		page.locator("[id='f-sign.filler']").fill("张敏");
		page.locator("#save-report").click();
		assertThat(page.locator(".flash.success")).containsText("已保存");
		page.locator("#publish-report").click();
		assertThat(page.locator("#report-state")).containsText("已于");
		Download xlsx = page.waitForDownload(() -> page.locator("#export-xlsx").click());
		try (InputStream in = Files.newInputStream(xlsx.path()); XSSFWorkbook book = new XSSFWorkbook(in)) {
			assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("政府网站工作年度报表");
		}
		page.navigate("/reports/annual?site=" + site.code() + "&year=2026");
		assertThat(page.locator("main")).containsText("张敏");
	}
}
