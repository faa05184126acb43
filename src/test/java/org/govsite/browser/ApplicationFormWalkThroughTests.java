package org.govsite.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.govsite.channel.ChannelDetails;
import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelManagement;
import org.govsite.content.ApplicationForms;
import org.govsite.content.DocumentContent;
import org.govsite.content.DocumentLibrary;
import org.govsite.content.DocumentType;
import org.govsite.content.PlacementRequest;
import org.govsite.content.Placements;
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
 * 信息发布申请表 in the browser: the channel requires it; the editor's submission is refused until the
 * form is filled, the reviewer's queue shows it 待签批 and refuses the review, the unit head signs it,
 * and the reviewer then passes the document.
 */
@BrowserTest
class ApplicationFormWalkThroughTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	SiteManagement sites;

	@Autowired
	ChannelManagement channels;

	@Autowired
	DocumentLibrary library;

	@Autowired
	Placements placements;

	@Autowired
	ApplicationForms forms;

	String editor;

	String reviewer;

	String unitHead;

	long documentId;

	@BeforeEach
	void aChannelThatRequiresTheForm() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		long siteId = RunAs.actor("browser-setup", () -> sites.apply(
				new SiteRegistration(SiteKind.PORTAL, null, "申请表测试县人民政府" + suffix, null, null, null, null, null, null, null),
				new SiteProfile("申请表测试县人民政府办公室" + suffix, null, null, "张三", null, null, null, null)),
				StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
		long channelId = RunAs.actor("browser-setup", () -> channels.create(siteId, null,
				ChannelDetails.of("通知公告", "tzgg", ChannelKind.NOTICE, "办公室", "李四")), StaffRole.SYSTEM_ADMIN.authority(),
				StaffRole.STAFF_AUTHORITY);
		RunAs.actor("browser-setup", () -> forms.require(siteId, channelId, null), StaffRole.SYSTEM_ADMIN.authority(),
				StaffRole.STAFF_AUTHORITY);
		editor = TestAccounts.uniqueName("editor");
		reviewer = TestAccounts.uniqueName("reviewer");
		unitHead = TestAccounts.uniqueName("head");
		accounts.create(editor, Grant.site(StaffRole.EDITOR, siteId));
		accounts.create(reviewer, Grant.site(StaffRole.REVIEWER, siteId));
		accounts.create(unitHead, Grant.site(StaffRole.SITE_MANAGER, siteId));
		documentId = RunAs.actor(editor, () -> {
			long id = library.create(siteId, DocumentType.ARTICLE,
					DocumentContent.of("关于元旦期间值班安排的通知", "<p>元旦期间值班安排如下。</p>"));
			placements.place(id, PlacementRequest.in(channelId));
			return id;
		}, StaffRole.EDITOR.forSite(siteId), StaffRole.STAFF_AUTHORITY);
	}

	@Test
	void givenAChannelRequiringTheFormWhenTheUnitHeadSignsThenTheReviewerMayPass(Page page) {
		signIn(page, editor);
		page.navigate("/admin/documents/" + documentId);
		page.locator("#confidentiality").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送审").setExact(true)).click();
		assertThat(page.locator(".flash.error")).containsText("请先为最新版本填写申请表再提交审核");

		page.navigate("/admin/documents/" + documentId);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("信息发布申请表").setExact(true)).click();
		page.getByLabel("申请单位").fill("县政府办公室");
		page.getByLabel("内容概要及发布理由").fill("元旦值班安排，面向社会公布值班电话。");
		page.getByLabel("已自查：上网不涉密，涉密不上网").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申请表")).click();
		assertThat(page.locator(".flash.success")).containsText("等待单位负责人签批");
		assertThat(page.locator("table")).containsText("待签批");
		page.navigate("/admin/documents/" + documentId);
		page.locator("#confidentiality").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送审").setExact(true)).click();
		assertThat(page.locator(".flash.success")).hasText("已送审。");

		signIn(page, reviewer);
		page.navigate("/admin/review");
		assertThat(page.locator("table")).containsText("待签批");
		page.navigate("/admin/documents/" + documentId);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审核通过").setExact(true)).click();
		assertThat(page.locator(".flash.error")).containsText("尚未经单位负责人签批");

		signIn(page, unitHead);
		page.navigate("/admin/documents/" + documentId + "/application-form");
		page.getByLabel("签批意见").fill("同意发布");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("签批同意")).click();
		assertThat(page.locator(".flash.success")).containsText("已签批");

		signIn(page, reviewer);
		page.navigate("/admin/review");
		assertThat(page.locator("table")).containsText("已签批");
		page.navigate("/admin/documents/" + documentId);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审核通过").setExact(true)).click();
		assertThat(page.locator(".flash.success")).isVisible();
	}

	private static void signIn(Page page, String username) {
		page.context().clearCookies();
		page.navigate("/login");
		page.locator("#username").fill(username);
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("form.form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/admin$"));
	}
}
