package org.govsite.browser;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.govsite.channel.ChannelDetails;
import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelManagement;
import org.govsite.channel.ChannelWatch;
import org.govsite.content.DocumentContent;
import org.govsite.content.DocumentLibrary;
import org.govsite.content.DocumentType;
import org.govsite.content.PlacementRequest;
import org.govsite.content.Placements;
import org.govsite.content.ReviewWorkflow;
import org.govsite.identity.Grant;
import org.govsite.identity.StaffRole;
import org.govsite.identity.TestAccounts;
import org.govsite.platform.RunAs;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteManagement;
import org.govsite.site.SiteProfile;
import org.govsite.site.SiteRegistration;
import org.govsite.test.BrowserTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A channel owner signs in and finds on their 工作台 that a channel of theirs, last updated
 * thirteen days ago under a fourteen-day rule, is about to break it.
 */
@BrowserTest
class ChannelWatchWalkThroughTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	SiteManagement sites;

	@Autowired
	ChannelManagement channels;

	@Autowired
	ChannelWatch watch;

	@Autowired
	DocumentLibrary library;

	@Autowired
	ReviewWorkflow workflow;

	@Autowired
	Placements placements;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void givenAStaleChannelWhenItsOwnerSignsInThenTheWorkbenchWarnsThatItIsDueSoon(Page page) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		long siteId = RunAs.actor("browser-setup", () -> sites.apply(
				new SiteRegistration(SiteKind.PORTAL, null, "栏目提醒县人民政府" + suffix, null, null, null, null, null, null, null),
				new SiteProfile("栏目提醒县人民政府办公室" + suffix, null, null, "张三", null, null, null, null)),
				StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
		long channelId = RunAs.actor("browser-setup", () -> channels.create(siteId, null,
				ChannelDetails.of("工作动态", "gzdt", ChannelKind.NEWS, "办公室", "李四")), StaffRole.SYSTEM_ADMIN.authority(),
				StaffRole.STAFF_AUTHORITY);
		String owner = TestAccounts.uniqueName("owner");
		accounts.create(owner, Grant.site(StaffRole.EDITOR, siteId));
		RunAs.actor("browser-setup", () -> watch.assignResponsible(channelId, owner), StaffRole.SITE_MANAGER.forSite(siteId),
				StaffRole.STAFF_AUTHORITY);

		// the channel's last news went live thirteen days ago: its fourteen days end tomorrow
		clock.setTo(LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minus(Duration.ofDays(13)));
		long documentId = RunAs.actor("writer", () -> library.create(siteId, DocumentType.ARTICLE,
				DocumentContent.of("十三天前的工作动态", "<p>正文</p>")), StaffRole.EDITOR.forSite(siteId), StaffRole.STAFF_AUTHORITY);
		RunAs.actor("writer", () -> {
			placements.place(documentId, PlacementRequest.in(channelId));
			workflow.submit(documentId, true);
		}, StaffRole.EDITOR.forSite(siteId), StaffRole.STAFF_AUTHORITY);
		RunAs.actor("checker", () -> workflow.approve(documentId, null), StaffRole.REVIEWER.forSite(siteId),
				StaffRole.STAFF_AUTHORITY);
		clock.reset();

		page.navigate("/login");
		page.locator("#username").fill(owner);
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("form.form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/admin$"));

		assertThat(page.locator("main")).containsText("栏目“工作动态”（gzdt）即将超出更新周期");
		assertThat(page.locator("main")).not().containsText("空白栏目");
		assertThat(page.locator("main")).not().containsText("已超出更新周期");
	}
}
