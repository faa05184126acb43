package org.govsite.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.govsite.identity.Grant;
import org.govsite.identity.StaffRole;
import org.govsite.identity.TestAccounts;
import org.govsite.platform.RunAs;
import org.govsite.site.DomainLedger;
import org.govsite.site.LedgerEntryData;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteManagement;
import org.govsite.site.SiteProfile;
import org.govsite.site.SiteRegistration;
import org.govsite.test.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * 域名台账 in the browser: the site's manager is told that its domain expires within 30 days, opens
 * the ledger from the message and sees the countdown and who is responsible.
 */
@BrowserTest
class DomainLedgerWalkThroughTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	SiteManagement sites;

	@Autowired
	DomainLedger ledger;

	@Autowired
	java.time.Clock clock;

	String manager;

	String domain;

	@BeforeEach
	void aDomainAboutToExpire() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String[] admin = { StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY };
		long siteId = RunAs.actor("browser-setup", () -> sites.apply(
				new SiteRegistration(SiteKind.PORTAL, null, "域名测试县人民政府" + suffix, null, null, null, null, null, null, null),
				new SiteProfile("域名测试县人民政府办公室" + suffix, null, null, "张三", null, null, null, null)), admin);
		domain = "www.t" + suffix + ".gov.cn";
		RunAs.actor("browser-setup", () -> ledger.add(new LedgerEntryData(siteId, domain, "中国互联网络信息中心",
				LocalDate.now(clock).minusYears(5), LocalDate.now(clock).plusDays(20), null, "县政府办公室", "王明", "县政府办公室",
				"张强")), admin);
		ledger.checkDaily();
		manager = TestAccounts.uniqueName("manager");
		accounts.create(manager, Grant.site(StaffRole.SITE_MANAGER, siteId));
	}

	@Test
	void givenADomainExpiringWhenItsManagerSignsInThenTheWarningLeadsToTheLedger(Page page) {
		page.navigate("/login");
		page.locator("#username").fill(manager);
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("form.form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/admin$"));
		assertThat(page.locator("main")).containsText("域名 " + domain);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("域名台账")).first().click();
		assertThat(page.locator("#main")).containsText(domain);
		assertThat(page.locator("#main")).containsText("还剩 20 天");
		assertThat(page.locator("#main")).containsText("负责：张强");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("登记域名"))).hasCount(0);
	}
}
