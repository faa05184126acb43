package org.govsite.browser;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.govsite.identity.Grant;
import org.govsite.identity.StaffRole;
import org.govsite.identity.TestAccounts;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.servicecatalog.Material;
import org.govsite.servicecatalog.ServiceCatalog;
import org.govsite.servicecatalog.ServiceFixtures;
import org.govsite.servicecatalog.ServiceGuide;
import org.govsite.test.BrowserTest;
import org.govsite.test.TestCaseFeed;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: a citizen finds a service by its theme, reads its guide, downloads its blank form and
 * queries a case (found in the 政务服务 system's feed, and one it does not know); the site's manager opens last year's annual website report, fills the fields the
 * platform does not count and publishes it, and the public reads it.
 */
@BrowserTest
class ServicesWalkThroughTests {

	@Autowired
	PublishFixtures fixtures;

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	TestAccounts accounts;

	@Test
	void aCitizenFindsAServiceByThemeDownloadsItsFormAndQueriesACase(Page page) throws Exception {
		TestSite site = fixtures.onlineSite();
		byte[] blank = docx("出生登记申请表");
		String form = site.editor().run(() -> catalog.upload(site.id(), "出生登记申请表.docx", blank));
		ServiceGuide g = ServiceFixtures.complete("B" + UUID.randomUUID().toString().substring(0, 8), "出生登记", "户籍办理");
		ServiceGuide guide = new ServiceGuide(g.code(), g.name(), g.theme(), g.target(), g.fullyOnline(), g.basis(),
				g.conditions(), g.place(), g.agency(), g.fees(), g.hours(), g.phone(), g.process(), g.timeLimit(), g.notes(),
				List.of(new Material("出生登记申请表", null, "原件", 1, "申请人签字", form, null, null)), g.links());
		site.editor().run(() -> catalog.create(site.id(), guide));
		site.editor().run(() -> catalog.create(site.id(),
				ServiceFixtures.complete("S" + UUID.randomUUID().toString().substring(0, 8), "退休审批", "社会保障")));

		page.navigate("/services?site=" + site.code());
		page.locator("a", new Page.LocatorOptions().setHasText("户籍办理")).first().click();
		assertThat(page.locator("main")).containsText("出生登记");
		assertThat(page.locator("main")).not().containsText("退休审批");
		page.locator("main a", new Page.LocatorOptions().setHasText("出生登记")).first().click();
		assertThat(page.locator("main")).containsText("县公安局户政大队");
		Download download = page.waitForDownload(() -> page.locator("a.blank-form").click());
		try (InputStream in = Files.newInputStream(download.path()); XWPFDocument document = new XWPFDocument(in)) {
			assertThat(document.getParagraphs().get(0).getText()).isEqualTo("出生登记申请表");
		}

		// the case comes from the 政务服务 system's JSON feed, served on loopback (TestCaseFeed)
		page.navigate("/services/cases");
		page.locator("#number").fill(TestCaseFeed.KNOWN_CASE);
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#case-state")).hasText("已办结");
		assertThat(page.locator("main .status")).containsText("出生登记");
		assertThat(page.locator("main .status")).containsText("网上办理");
		assertThat(page.locator("#case-error")).hasCount(0);

		// a number the feed does not know is answered, in Chinese, with the number kept
		page.locator("#number").fill("BJ2026-999999");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#case-error")).hasText("未查询到该受理号的办件，请核对受理号。");
		assertThat(page.locator("#number")).hasValue("BJ2026-999999");
		assertThat(page.locator("main .status")).hasCount(0);
	}

	@Test
	void theManagerFillsLastYearsAnnualReportAndPublishesIt(Page page) {
		TestSite site = fixtures.onlineSite();
		String manager = TestAccounts.uniqueName("annual");
		accounts.create(manager, Grant.site(StaffRole.SITE_MANAGER, site.id()));
		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;

		page.navigate("/login");
		page.locator("#username").fill(manager);
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("form.form button[type=submit]").click();
		page.navigate("/admin/reports/annual/" + site.id() + "/" + year);
		assertThat(page.locator("[id='f-website.code']")).hasText(site.code());
		page.locator("[id='f-security.monitoring']").selectOption("是");
		page.locator("[id='f-sign.filler']").fill("王五");
		page.locator("#save-report").click();
		assertThat(page.locator("[id='f-sign.filler']")).hasValue("王五");
		page.locator("#publish-report").click();
		assertThat(page.locator("#report-state")).containsText("发布");
		assertThat(page.locator("[id='f-sign.filler']")).hasText("王五");

		page.navigate("/reports/annual?site=" + site.code() + "&year=" + year);
		assertThat(page.locator("main")).containsText("王五");
	}

	private static byte[] docx(String text) throws Exception {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
	}
}
