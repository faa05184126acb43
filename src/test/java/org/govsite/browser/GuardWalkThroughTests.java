package org.govsite.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.govsite.channel.ChannelDetails;
import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelManagement;
import org.govsite.content.ReviewWorkflow;
import org.govsite.content.Placements;
import org.govsite.content.DocumentLibrary;
import org.govsite.content.DocumentContent;
import org.govsite.content.DocumentType;
import org.govsite.content.PlacementRequest;
import org.govsite.guard.FindingCategory;
import org.govsite.guard.FindingLevel;
import org.govsite.guard.GuardManagement;
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
 * Content security at the submit step, in the browser: an editor's draft names the mayor with a
 * deputy's title; the submit step shows the serious error with the current title, the submission
 * is refused in Chinese; back in the form, the editor's check lists it by itself; a wrong expression
 * typed into the body is marked in the editor with its right form, replaced from the list; the
 * editor corrects the title and the draft goes to review.
 */
@BrowserTest
class GuardWalkThroughTests {

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
	ReviewWorkflow workflow;

	@Autowired
	GuardManagement guard;

	String editor;

	long documentId;

	long siteId;

	@BeforeEach
	void aDraftWithASeriousError() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		siteId = RunAs.actor("browser-setup", () -> sites.apply(
				new SiteRegistration(SiteKind.PORTAL, null, "内容安全测试县人民政府" + suffix, null, null, null, null, null, null, null),
				new SiteProfile("内容安全测试县人民政府办公室" + suffix, null, null, "张三", null, null, null, null)),
				StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
		long channelId = RunAs.actor("browser-setup", () -> channels.create(siteId, null,
				ChannelDetails.of("工作动态", "gzdt", ChannelKind.NEWS, "办公室", "李四")), StaffRole.SYSTEM_ADMIN.authority(),
				StaffRole.STAFF_AUTHORITY);
		RunAs.actor("browser-setup", () -> guard.saveEntry(FindingCategory.SERIOUS_ERROR, FindingLevel.BLOCK, "欧阳清远", "县长"),
				StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
		editor = TestAccounts.uniqueName("editor");
		accounts.create(editor, Grant.site(StaffRole.EDITOR, siteId));
		documentId = RunAs.actor(editor, () -> {
			long id = library.create(siteId, DocumentType.ARTICLE,
					DocumentContent.of("副县长欧阳清远调研春耕生产", "<p>各乡镇要抓紧做好春耕备耕。</p>"));
			placements.place(id, PlacementRequest.in(channelId));
			return id;
		}, StaffRole.EDITOR.forSite(siteId), StaffRole.STAFF_AUTHORITY);
	}

	@Test
	void givenALeadersWrongTitleWhenTheEditorSubmitsThenItIsRefusedUntilTheTitleIsRight(Page page) {
		page.navigate("/login");
		page.locator("#username").fill(editor);
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("form.form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/admin$"));

		page.navigate("/admin/documents/" + documentId);
		assertThat(page.locator("#checks")).containsText("严重错误");
		assertThat(page.locator("#checks")).containsText("领导职务错误：“副县长欧阳清远”，应为“县长欧阳清远”。");
		assertThat(page.locator("#checks")).containsText("有须修改的问题，修改后才能送审。");
		page.locator("#confidentiality").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送审").setExact(true)).click();
		assertThat(page.locator(".flash.error")).containsText("内容检查发现必须修改的问题，请修改后再送审。");

		page.navigate("/admin/documents/" + documentId);
		// the draft's check found something: the editor's check runs by itself and lists it with the right form
		assertThat(page.locator("#guard-editor-findings")).containsText("应为“县长欧阳清远”");
		page.locator(".tox-tinymce").waitFor();
		FrameLocator editorFrame = page.frameLocator("iframe.tox-edit-area__iframe");
		editorFrame.locator("body").click();
		page.keyboard().press("Control+End");
		page.keyboard().type("会见台湾总统候选人一事纯属谣言。");
		page.locator("#guard-check").click();
		assertThat(editorFrame.locator("mark.gs-guard")).hasText("台湾总统");
		Locator wrong = page.locator("#guard-editor-findings li").filter(new Locator.FilterOptions().setHasText("台湾总统"));
		assertThat(wrong).containsText("错误提法");
		assertThat(wrong).containsText("建议改为：台湾地区领导人");
		wrong.click();
		page.keyboard().type("台湾地区领导人");
		page.locator("#title").fill("县长欧阳清远调研春耕生产");
		page.locator("#guard-check").click();
		assertThat(page.locator("#guard-editor-status")).hasText("未发现问题。");
		assertThat(editorFrame.locator("mark.gs-guard")).hasCount(0);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存").setExact(true)).click();
		assertThat(page.locator("#checks")).containsText("内容检查未发现问题。");
		String saved = RunAs.actor(editor, () -> library.get(documentId).content().body(),
				StaffRole.EDITOR.forSite(siteId), StaffRole.STAFF_AUTHORITY);
		org.assertj.core.api.Assertions.assertThat(saved).contains("会见台湾地区领导人候选人").doesNotContain("mark");
		page.locator("#confidentiality").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送审").setExact(true)).click();
		assertThat(page.locator(".flash.success")).hasText("已送审。");
	}
}
