package org.govsite.browser;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Pattern;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.govsite.channel.ChannelDetails;
import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelManagement;
import org.govsite.content.ContentCatalog;
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

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor at work in the browser: signs in, writes an article with a heading and a paragraph in
 * the rich-text editor, saves it, sees its first version, places it in a channel and submits it
 * for review, confirming the confidentiality check. The console fetches nothing from elsewhere:
 * every request the page makes goes to this machine's console.
 */
@BrowserTest
class EditorWalkThroughTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	SiteManagement sites;

	@Autowired
	ChannelManagement channels;

	@Autowired
	ContentCatalog catalog;

	long siteId;

	String editor;

	@BeforeEach
	void siteChannelAndEditor() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		siteId = RunAs.actor("browser-setup", () -> sites.apply(
				new SiteRegistration(SiteKind.PORTAL, null, "编辑测试县人民政府" + suffix, null, null, null, null, null, null, null),
				new SiteProfile("编辑测试县人民政府办公室" + suffix, null, null, "张三", null, null, null, null)),
				StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
		RunAs.actor("browser-setup", () -> channels.create(siteId, null,
				ChannelDetails.of("工作动态", "gzdt", ChannelKind.NEWS, "办公室", "李四")), StaffRole.SYSTEM_ADMIN.authority(),
				StaffRole.STAFF_AUTHORITY);
		editor = TestAccounts.uniqueName("editor");
		accounts.create(editor, Grant.site(StaffRole.EDITOR, siteId));
	}

	@Test
	void givenAnEditorWhenTheyWriteSaveAndSubmitAnArticleThenItWaitsForReviewAndNothingLeavesTheMachine(Page page) {
		Set<String> hosts = new ConcurrentSkipListSet<>();
		page.onRequest(request -> {
			URI uri = URI.create(request.url());
			if ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()) || "ws".equals(uri.getScheme())) {
				hosts.add(uri.getHost());
			}
		});

		page.navigate("/login");
		page.locator("#username").fill(editor);
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("form.form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/admin$"));

		page.navigate("/admin/documents/new?siteId=" + siteId + "&type=ARTICLE");
		page.locator("#title").fill("全县春耕生产工作会议召开");
		page.locator(".tox-tinymce").waitFor();
		FrameLocator editorFrame = page.frameLocator("iframe.tox-edit-area__iframe");
		Locator body = editorFrame.locator("body");
		body.click();
		page.keyboard().type("一、工作要求");
		page.keyboard().press("Alt+Shift+2");
		assertThat(editorFrame.locator("h2")).hasText("一、工作要求");
		page.keyboard().press("End");
		page.keyboard().press("Enter");
		page.keyboard().type("各乡镇要抓紧做好春耕备耕。");
		assertThat(editorFrame.locator("p")).hasText("各乡镇要抓紧做好春耕备耕。");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存").setExact(true)).click();

		assertThat(page.locator(".flash.success")).containsText("已新建稿件“全县春耕生产工作会议召开”");
		assertThat(page.locator("#document-state")).hasText("草稿");
		Locator versions = page.locator("table").filter(new Locator.FilterOptions().setHasText("保存人"));
		assertThat(versions.locator("tbody tr")).hasCount(1);
		assertThat(versions.locator("tbody tr").first()).containsText("全县春耕生产工作会议召开");
		long documentId = Long.parseLong(page.url().replaceAll(".*/admin/documents/(\\d+).*", "$1"));
		assertThat(catalog.draft(documentId).orElseThrow().body()).contains("<h2>一、工作要求</h2>", "<p>各乡镇要抓紧做好春耕备耕。</p>");

		page.locator("#placement-channel").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("工作动态"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("添加")).click();
		assertThat(page.locator("#placements + ul")).containsText("工作动态");

		assertThat(page.locator("#checks")).containsText("内容检查未发现问题。");
		page.locator("#confidentiality").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送审").setExact(true)).click();
		assertThat(page.locator(".flash.success")).hasText("已送审。");
		assertThat(page.locator("#document-state")).hasText("审核中");

		assertThat(hosts).isNotEmpty().allMatch("127.0.0.1"::equals, "only the console on this machine");
		List<String> seen = List.copyOf(hosts);
		assertThat(seen).containsExactly("127.0.0.1");
	}
}
