package org.govsite.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.govsite.assessment.SelfAssessment;
import org.govsite.channel.ChannelWatch;
import org.govsite.identity.Grant;
import org.govsite.identity.StaffRole;
import org.govsite.identity.TestAccounts;
import org.govsite.monitor.Inspection;
import org.govsite.platform.RunAs;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.site.SiteDirectory;
import org.govsite.test.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The daily inspection in the browser: a published site's channels are empty; the supervisor
 * opens the group's overview, sees the site in the ranking, opens its deductions and follows one to
 * its evidence; the channel's responsible person finds the task on their 工作台.
 */
@BrowserTest
class InspectionWalkThroughTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	PublishFixtures publish;

	@Autowired
	ChannelWatch channels;

	@Autowired
	Inspection inspection;

	@Autowired
	SelfAssessment assessment;

	@Autowired
	SiteDirectory sites;

	@Test
	void theSupervisorFollowsADeductionToItsEvidenceAndTheChannelOwnerFindsTheTask(Page page) {
		TestSite site = publish.onlineSite();
		String siteName = sites.find(site.id()).orElseThrow().name();
		String owner = TestAccounts.uniqueName("owner");
		accounts.create(owner, Grant.site(StaffRole.EDITOR, site.id()));
		RunAs.actor("browser-setup", () -> channels.assignResponsible(site.news(), owner), StaffRole.SYSTEM_ADMIN.authority(),
				StaffRole.STAFF_AUTHORITY);
		publish.publishQueued();
		inspection.inspect(site.id());
		assessment.score(site.id());
		String supervisor = TestAccounts.uniqueName("supervisor");
		accounts.create(supervisor, Grant.platform(StaffRole.SYSTEM_ADMIN));

		ConsoleWalkThroughTests.signIn(page, supervisor, TestAccounts.PASSWORD);
		page.navigate("/admin/assessment");
		assertThat(page.locator("#group-figures")).containsText("参评站点");
		assertThat(page.locator("#ranking")).containsText(siteName);
		page.locator("#ranking a", new Page.LocatorOptions().setHasText(siteName)).click();
		assertThat(page.locator("h1")).containsText(siteName);
		assertThat(page.locator("#site-verdict")).hasText("合格");
		assertThat(page.locator("#deductions")).containsText("空白栏目");
		page.locator("#deductions tr", new Page.LocatorOptions().setHasText("空白栏目")).locator("a.evidence-link").first().click();
		assertThat(page).hasURL(Pattern.compile(".*/admin/monitor/tasks/\\d+$"));
		assertThat(page.locator("main .lead")).containsText("为空白栏目");
		assertThat(page.locator("pre.evidence")).containsText("从未发布内容");
		page.locator("form[action='/logout'] button").first().click();

		page.navigate("/login");
		page.locator("#username").fill(owner);
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("form.form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/admin$"));
		page.locator("main a", new Page.LocatorOptions().setHasText("整改：栏目“新闻动态”为空白栏目")).click();
		assertThat(page.locator("h1")).containsText("整改任务");
		assertThat(page.locator("main button[type=submit]")).hasText("已整改，申请复查");
	}
}
