package org.govsite.browser;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.govsite.channel.ChannelDetails;
import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelManagement;
import org.govsite.identity.Grant;
import org.govsite.identity.StaffRole;
import org.govsite.identity.TestAccounts;
import org.govsite.platform.RunAs;
import org.govsite.site.LifecycleStep;
import org.govsite.site.SecurityAssessment;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteManagement;
import org.govsite.site.SiteProfile;
import org.govsite.site.SiteRegistration;
import org.govsite.site.StepInput;
import org.govsite.test.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * From the editor's keyboard to the public page: one account writes a document, a second reviews
 * it (which releases it), and moments later the live page and its traditional-Chinese copy open in
 * the browser, reached from the link the console shows.
 */
@BrowserTest
class PublishingWalkThroughTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	SiteManagement sites;

	@Autowired
	ChannelManagement channels;

	long siteId;

	String editor;

	String reviewer;

	@BeforeEach
	void anOnlineSiteWithAChannelAnEditorAndAReviewer() {
		String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		String digits = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
		siteId = asAdmin(() -> sites.apply(new SiteRegistration(SiteKind.PORTAL, null, "发布测试县人民政府" + suffix, digits,
				"p" + suffix + ".gov.cn", null, "琼ICP备" + digits + "号", "琼公网安备" + digits + "号", "bs" + digits,
				new SecurityAssessment(3, "46010" + digits, LocalDate.of(2026, 1, 5), true)),
				new SiteProfile("发布测试县人民政府办公室" + suffix, null, null, "张三", null, null, null, null)));
		asAdmin(() -> channels.create(siteId, null, ChannelDetails.of("工作动态", "gzdt", ChannelKind.NEWS, "办公室", "李四")));
		RunAs.actor("manager-" + suffix, () -> sites.perform(siteId, LifecycleStep.APPROVE, StepInput.none()),
				StaffRole.SITE_MANAGER.forSite(siteId), StaffRole.STAFF_AUTHORITY);
		RunAs.actor("second-admin", () -> sites.perform(siteId, LifecycleStep.APPROVE, StepInput.none()),
				StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
		asAdmin(() -> sites.perform(siteId, LifecycleStep.GO_ONLINE, StepInput.none()));
		editor = TestAccounts.uniqueName("editor");
		accounts.create(editor, Grant.site(StaffRole.EDITOR, siteId));
		reviewer = TestAccounts.uniqueName("reviewer");
		accounts.create(reviewer, Grant.site(StaffRole.REVIEWER, siteId));
	}

	@Test
	void givenAnArticleWrittenByOneAccountWhenASecondApprovesItThenItsPageAndTraditionalCopyGoLive(Page page) {
		signIn(page, editor);
		page.navigate("/admin/documents/new?siteId=" + siteId + "&type=ARTICLE");
		page.locator("#title").fill("全县春耕生产工作会议召开");
		page.locator(".tox-tinymce").waitFor();
		FrameLocator editorFrame = page.frameLocator("iframe.tox-edit-area__iframe");
		editorFrame.locator("body").click();
		page.keyboard().type("会议要求各乡镇抓紧做好春耕备耕，确保粮食生产稳定。");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存").setExact(true)).click();
		assertThat(page.locator("#document-state")).hasText("草稿");
		String documentPage = page.url();
		page.locator("#placement-channel").selectOption(new SelectOption().setLabel("工作动态"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("添加")).click();
		page.locator("#confidentiality").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送审").setExact(true)).click();
		assertThat(page.locator("#document-state")).hasText("审核中");
		page.locator("form[action='/logout'] button").first().click();

		signIn(page, reviewer);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("待我审核")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("全县春耕生产工作会议召开")).first().click();
		assertThat(page).hasURL(documentPage);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审核通过").setExact(true)).click();
		assertThat(page.locator("#document-state")).hasText("已发布");

		// the console follows the publish job and shows the links once the page is written
		assertThat(page.locator("#publications")).containsText("已上线", new com.microsoft.playwright.assertions
			.LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
		String live = page.locator("#publications a.live-link").getAttribute("href");
		String traditional = page.locator("#publications a.live-link-traditional").getAttribute("href");

		page.navigate(live);
		assertThat(page.locator("h1")).hasText("全县春耕生产工作会议召开");
		assertThat(page.locator("main")).containsText("确保粮食生产稳定");
		page.navigate(traditional);
		assertThat(page.locator("h1")).hasText("全縣春耕生產工作會議召開");
		assertThat(page.locator("html")).hasAttribute("lang", Pattern.compile("zh-(Hant|TW|HK).*"));
	}

	private static void signIn(Page page, String username) {
		page.navigate("/login");
		page.locator("#username").fill(username);
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("form.form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/admin$"));
	}

	private static void asAdmin(Runnable work) {
		RunAs.actor("browser-setup", work, StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
	}

	private static <T> T asAdmin(java.util.function.Supplier<T> work) {
		return RunAs.actor("browser-setup", work, StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
	}
}
