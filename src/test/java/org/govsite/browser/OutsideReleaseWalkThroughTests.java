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
import org.govsite.site.SiteKind;
import org.govsite.site.SiteManagement;
import org.govsite.site.SiteProfile;
import org.govsite.site.SiteRegistration;
import org.govsite.test.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * 发布登记 in the browser: an editor registers a post of the county's WeChat account; with no such
 * document on the website it is on their 工作台 until the website carries it.
 */
@BrowserTest
class OutsideReleaseWalkThroughTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	SiteManagement sites;

	@Autowired
	java.time.Clock clock;

	String editor;

	@BeforeEach
	void anEditor() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		long siteId = RunAs.actor("browser-setup", () -> sites.apply(
				new SiteRegistration(SiteKind.PORTAL, null, "发布登记测试县人民政府" + suffix, null, null, null, null, null, null, null),
				new SiteProfile("发布登记测试县人民政府办公室" + suffix, null, null, "张三", null, null, null, null)),
				StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
		editor = TestAccounts.uniqueName("editor");
		accounts.create(editor, Grant.site(StaffRole.EDITOR, siteId));
	}

	@Test
	void givenAPostOnNewMediaWhenNoDocumentCarriesItThenItWaitsOnTheWorkbench(Page page) {
		page.navigate("/login");
		page.locator("#username").fill(editor);
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("form.form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/admin$"));

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("发布登记")).first().click();
		page.getByLabel("发布渠道").selectOption("NEW_MEDIA");
		page.getByLabel("账号或媒体名称").fill("示例县发布");
		page.getByLabel("标题", new Page.GetByLabelOptions().setExact(true)).fill("我县启动冬季供暖保障工作");
		page.getByLabel("发布日期").fill(LocalDate.now(clock).toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记").setExact(true)).click();
		assertThat(page.locator(".flash.success")).hasText("已登记。");
		assertThat(page.locator("table")).containsText("网站尚未发布");

		page.navigate("/admin");
		assertThat(page.locator("main")).containsText("在网站发布政务新媒体“示例县发布”已发布的《我县启动冬季供暖保障工作》");
	}
}
