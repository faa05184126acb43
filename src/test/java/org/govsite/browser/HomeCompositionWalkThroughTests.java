package org.govsite.browser;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.govsite.channel.ChannelDetails;
import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelManagement;
import org.govsite.content.ContentFixtures;
import org.govsite.content.ContentFixtures.Staff;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: a site manager rearranges the home page in the console (发布管理 → 首页版式: 上移, then
 * 保存并发布), and the published home page shows the blocks in the new order moments later.
 */
@BrowserTest
class HomeCompositionWalkThroughTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	SiteManagement sites;

	@Autowired
	ChannelManagement channels;

	@Autowired
	ContentFixtures content;

	long siteId;

	String code;

	String manager;

	@BeforeEach
	void anOnlineSiteWithANewsChannelAnArticleAndItsManager() {
		String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		code = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
		siteId = asAdmin(() -> sites.apply(new SiteRegistration(SiteKind.PORTAL, null, "版式测试县人民政府" + suffix, code,
				"h" + suffix + ".gov.cn", null, "琼ICP备" + code + "号", "琼公网安备" + code + "号", "bs" + code,
				new SecurityAssessment(3, "46010" + code, LocalDate.of(2026, 1, 5), true)),
				new SiteProfile("版式测试县人民政府办公室" + suffix, null, null, "张三", null, null, null, null)));
		long news = asAdmin(() -> channels.create(siteId, null, ChannelDetails.of("工作动态", "gzdt", ChannelKind.NEWS, "办公室", "李四")));
		RunAs.actor("manager-" + suffix, () -> sites.perform(siteId, LifecycleStep.APPROVE, StepInput.none()),
				StaffRole.SITE_MANAGER.forSite(siteId), StaffRole.STAFF_AUTHORITY);
		RunAs.actor("second-admin", () -> sites.perform(siteId, LifecycleStep.APPROVE, StepInput.none()),
				StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
		asAdmin(() -> sites.perform(siteId, LifecycleStep.GO_ONLINE, StepInput.none()));
		Staff editor = ContentFixtures.editor(siteId);
		content.published(editor, ContentFixtures.reviewer(siteId), siteId, news, "全县春耕生产工作会议召开");
		manager = TestAccounts.uniqueName("manager");
		accounts.create(manager, Grant.site(StaffRole.SITE_MANAGER, siteId));
	}

	@Test
	void aSiteManagerMovesTheTabsAboveTheHeadlineAndSeesItLive(Page page) {
		// the default portal home: the headline, then the news as tabs
		awaitOrder(page, List.of("gs-headline", "gs-tabs"));

		signIn(page, manager);
		page.navigate("/admin/sites/" + siteId + "/home");
		assertThat(page.locator("h1")).hasText("首页版式");
		assertThat(page.locator("#kind1")).hasValue("HEADLINE");
		assertThat(page.locator("#kind3")).hasValue("TABS");
		// two places up: past the picture news, past the headline
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("第 4 块上移")).click();
		assertThat(page.locator("[role=status]")).containsText("顺序已调整");
		assertThat(page.locator("#kind2")).hasValue("TABS");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("第 3 块上移")).click();
		assertThat(page.locator("#kind1")).hasValue("TABS");
		assertThat(page.locator("#kind2")).hasValue("HEADLINE");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存并发布")).first().click();
		assertThat(page.locator(".flash, [role=status], .success").first()).containsText("首页版式已保存");

		awaitOrder(page, List.of("gs-tabs", "gs-headline"));
		assertThat(page.locator("main .gs-headline h2")).hasText("全县春耕生产工作会议召开");
	}

	/** Opens the published home page until its blocks (of those named) stand in this order: the publish worker runs on its own. */
	private void awaitOrder(Page page, List<String> expected) {
		// generous: on a loaded machine a full publish of even a small site takes a while
		Instant until = Instant.now().plus(Duration.ofSeconds(90));
		List<String> order = List.of();
		while (Instant.now().isBefore(until)) {
			com.microsoft.playwright.Response response = page.navigate("/sites/" + code + "/");
			if (response != null && response.ok()) {
				@SuppressWarnings("unchecked")
				List<String> found = (List<String>) page.evaluate("names => Array.from(document.querySelectorAll('main > *'))"
						+ ".map(e => e.classList[0]).filter(c => names.includes(c))", expected);
				order = found;
				if (order.equals(expected)) {
					return;
				}
			}
			page.waitForTimeout(500);
		}
		assertThat(order).as("the published home page's blocks").isEqualTo(expected);
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
