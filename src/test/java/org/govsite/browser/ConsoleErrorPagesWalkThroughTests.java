package org.govsite.browser;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.govsite.identity.Grant;
import org.govsite.identity.StaffRole;
import org.govsite.identity.TestAccounts;
import org.govsite.platform.RunAs;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteManagement;
import org.govsite.site.SiteProfile;
import org.govsite.site.SiteRegistration;
import org.govsite.test.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The addresses a new user mistyped or followed from an old link, on the running server: each
 * answers the console's own Chinese page, with the menu and a way back to the 工作台.
 */
@BrowserTest
class ConsoleErrorPagesWalkThroughTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	SiteManagement sites;

	@Test
	void givenWrongAddressesWhenOpenedThenTheConsolesOwnChinesePagesAnswer(Page page) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		long siteId = RunAs.actor("browser-setup", () -> sites.apply(
				new SiteRegistration(SiteKind.PORTAL, null, "错误页测试县" + suffix, null, null, null, null, null, null, null),
				new SiteProfile("错误页测试县办公室" + suffix, null, null, "张三", null, null, null, null)),
				StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
		String editor = TestAccounts.uniqueName("editor");
		accounts.create(editor, Grant.site(StaffRole.EDITOR, siteId), Grant.site(StaffRole.SITE_MANAGER, siteId));
		page.navigate("/login");
		page.locator("#username").fill(editor);
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("form.form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/admin$"));

		for (String address : List.of("/admin/review-policies", "/admin/documents/abc", "/admin/documents/new?type=FOO",
				"/admin/documents/999999999", "/admin/no-such-page", "/admin/documents?state=FOO")) {
			Response response = page.navigate(address);
			assertThat(response.status()).as(address).isBetween(400, 499);
			assertThat(page.locator("body")).not().containsText("Whitelabel");
			assertThat(page.locator("nav.sidebar")).containsText("工作台");
			assertThat(page.locator("main h1")).hasText(Pattern.compile("地址有误|找不到页面|无权访问"));
			assertThat(page.locator("main a[href='/admin']")).hasText("返回工作台");
		}
	}
}
