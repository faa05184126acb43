package org.govsite.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govsite.test.OfficeFiles.docx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.govsite.calendar.WorkingCalendar;
import org.govsite.content.ReviewWorkflow;
import org.govsite.content.Placements;
import org.govsite.content.DocumentLibrary;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.content.DocumentContent;
import org.govsite.content.DocumentType;
import org.govsite.content.PlacementRequest;
import org.govsite.guard.internal.DailyScan;
import org.govsite.identity.Grant;
import org.govsite.identity.IdentityManagement;
import org.govsite.identity.NewAccount;
import org.govsite.identity.StaffRole;
import org.govsite.notification.Notifications;
import org.govsite.platform.RunAs;
import org.govsite.guard.internal.FindingStore;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The daily scan reads every published page and attachment of a site: a problem planted in a published file
 * becomes a rectification item with the site's manager as owner and a deadline in working days,
 * the managers are told, and it closes once a later scan no longer finds it.
 */
@IntegrationTest
class DailyScanTests {

	@Autowired
	PublishFixtures publish;

	@Autowired
	DailyScan scan;

	@Autowired
	FindingStore findings;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	java.time.Clock clock;

	@Autowired
	IdentityManagement identity;

	@Autowired
	DocumentLibrary library;

	@Autowired
	Placements placements;

	@Autowired
	ReviewWorkflow workflow;

	@Autowired
	Notifications notifications;

	@Test
	void aProblemPlantedInAPublishedFileBecomesARectificationItemUntilItIsGone() throws Exception {
		TestSite site = publish.onlineSite();
		String manager = "guard-manager-" + site.code();
		RunAs.actor("test-security", () -> identity.openWithInitialPassword(new NewAccount(manager, "站点管理员", null, null),
				Set.of(Grant.site(StaffRole.SITE_MANAGER, site.id()))), StaffRole.SECURITY_ADMIN.authority(),
				StaffRole.STAFF_AUTHORITY);
		publish.policyWithInterpretation(site);
		publish.publishQueued();
		Path home = publish.folder(site.code()).resolve("index.html");
		String original = Files.readString(home, StandardCharsets.UTF_8);
		assertThat(scan.scan(site.id())).isGreaterThan(1);
		assertThat(open(site)).isEmpty();

		Files.writeString(home, original.replace("</body>", "<p>深入开展扫黑险恶专项斗争</p></body>"), StandardCharsets.UTF_8);
		scan.scan(site.id());

		assertThat(open(site)).singleElement().satisfies(item -> {
			assertThat(item.path()).isEqualTo("index.html");
			assertThat(item.category()).isEqualTo(FindingCategory.PROTECTED_TERM);
			assertThat(item.matched()).isEqualTo("扫黑险恶");
			assertThat(item.suggestion()).isEqualTo("扫黑除恶");
			assertThat(item.owner()).isEqualTo(manager);
			assertThat(item.dueOn()).isEqualTo(calendar.addWorkingDays(LocalDate.now(clock), 3));
		});
		assertThat(RunAs.actor(manager, () -> notifications.mine(10), StaffRole.SITE_MANAGER.forSite(site.id()),
				StaffRole.STAFF_AUTHORITY)).singleElement().satisfies(message -> {
			assertThat(message.kind()).isEqualTo("guard.RECTIFICATION");
			assertThat(message.text()).contains("内容安全扫描发现 1 处新问题");
			assertThat(message.link()).isEqualTo("/admin/guard/findings");
		});

		Files.writeString(home, original, StandardCharsets.UTF_8);
		scan.scan(site.id());
		assertThat(open(site)).isEmpty();
		assertThat(findings.ofSite(site.id())).singleElement().satisfies(item -> assertThat(item.closedAt()).isNotNull());
	}

	@Test
	void anIdNumberInAPublishedWordAttachmentIsFound() throws Exception {
		TestSite site = publish.onlineSite();
		Staff editor = site.editor();
		byte[] docx = docx("附件：获奖人员名单 张某 身份证号 110105194910010015");
		long id = editor.run(() -> {
			long created = library.create(site.id(), DocumentType.ARTICLE, DocumentContent.of("表彰名单公示", "<p>名单见附件。</p>"));
			long attachment = library.upload(created, "名单.docx", docx).id();
			library.save(created, DocumentContent.of("表彰名单公示", "<p>名单见附件。</p>").withAttachments(null, List.of(attachment)));
			placements.place(created, PlacementRequest.in(site.news()));
			return created;
		});
		editor.run(() -> workflow.submit(id, true));
		site.reviewer().run(() -> workflow.approve(id, null));
		publish.publishQueued();

		scan.scan(site.id());

		assertThat(open(site)).singleElement().satisfies(item -> {
			assertThat(item.path()).endsWith(".docx");
			assertThat(item.category()).isEqualTo(FindingCategory.PERSONAL_DATA);
			assertThat(item.level()).isEqualTo(FindingLevel.BLOCK);
			assertThat(item.matched()).isEqualTo("110*************15");
		});
	}


	private List<SiteFinding> open(TestSite site) {
		return findings.ofSite(site.id()).stream().filter(item -> item.closedAt() == null).toList();
	}
}
