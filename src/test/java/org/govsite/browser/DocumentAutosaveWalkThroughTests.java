package org.govsite.browser;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
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

/**
 * An editor's tab is closed before saving: what was typed is offered back when the form opens
 * again, title and body.
 */
@BrowserTest
class DocumentAutosaveWalkThroughTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	SiteManagement sites;

	@Test
	void givenTextTypedButNotSavedWhenTheFormOpensAgainThenItIsOfferedBack(Page page) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		long siteId = RunAs.actor("browser-setup", () -> sites.apply(
				new SiteRegistration(SiteKind.PORTAL, null, "自动保存测试县" + suffix, null, null, null, null, null, null, null),
				new SiteProfile("自动保存测试县办公室" + suffix, null, null, "张三", null, null, null, null)),
				StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
		String editor = TestAccounts.uniqueName("editor");
		accounts.create(editor, Grant.site(StaffRole.EDITOR, siteId));
		page.navigate("/login");
		page.locator("#username").fill(editor);
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("form.form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/admin$"));

		String form = "/admin/documents/new?siteId=" + siteId + "&type=ARTICLE";
		page.navigate(form);
		page.locator(".tox-tinymce").waitFor();
		assertThat(page.locator("#autosave-notice")).hasCount(0);
		page.locator("#title").fill("还没保存的标题");
		page.frameLocator("iframe.tox-edit-area__iframe").locator("body").click();
		page.keyboard().type("还没保存的正文");
		page.waitForTimeout(3500);

		page.navigate("/admin");
		page.navigate(form);
		page.locator(".tox-tinymce").waitFor();
		assertThat(page.locator("#autosave-notice")).containsText("尚未保存的内容");
		assertThat(page.locator("#title")).hasValue("");
		page.locator("#autosave-restore").click();
		assertThat(page.locator("#title")).hasValue("还没保存的标题");
		assertThat(page.frameLocator("iframe.tox-edit-area__iframe").locator("body")).containsText("还没保存的正文");
	}
}
