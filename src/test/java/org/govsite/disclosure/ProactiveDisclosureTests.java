package org.govsite.disclosure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.govsite.content.ContentFixtures.Staff;
import org.govsite.content.DisclosureMetadata;
import org.govsite.content.DisclosureMode;
import org.govsite.content.DocumentContent;
import org.govsite.content.DocumentLibrary;
import org.govsite.content.DocumentType;
import org.govsite.content.PlacementRequest;
import org.govsite.content.Placements;
import org.govsite.content.ReviewWorkflow;
import org.govsite.content.Validity;
import org.govsite.identity.StaffRole;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * The 20-working-day limit of proactive disclosure on the 工作台 (issue 16 part 1): a policy written
 * and not yet published is warned of before its last day to its editor and the site's manager,
 * flagged once past it, and leaves the 工作台 once published; a colleague who has nothing to do with
 * it does not see it.
 */
@IntegrationTest
class ProactiveDisclosureTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PublishFixtures sites;

	@Autowired
	DocumentLibrary library;

	@Autowired
	Placements placements;

	@Autowired
	ReviewWorkflow workflow;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aPolicyNotYetPublishedIsWarnedOfThenFlaggedThenGone() throws Exception {
		TestSite site = sites.onlineSite();
		Staff editor = site.editor();
		Staff reviewer = site.reviewer();
		clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
		DisclosureMetadata metadata = new DisclosureMetadata(null, "综合政务/政务公开", "测政办发〔2026〕9号", "发布测试县人民政府办公室",
				LocalDate.of(2026, 2, 6), null, null, "行政规范性文件", Validity.VALID, DisclosureMode.PROACTIVE, List.of("政务公开"),
				"规定政务公开的监督检查。");
		long id = editor.run(() -> {
			long created = library.create(site.id(), DocumentType.POLICY,
					DocumentContent.of("关于加强政务公开监督检查的通知", "<p>各乡镇人民政府：</p>").withDisclosure(metadata));
			placements.place(created, PlacementRequest.in(site.policy()));
			return created;
		});

		clock.setTo(LocalDateTime.of(2026, 3, 5, 9, 0));
		String warning = "主动公开即将到期：《关于加强政务公开监督检查的通知》须在 2026-03-12 前公开（自 2026-02-06 起 20 个工作日）";
		mvc.perform(get("/admin").with(user(editor.username()).authorities(() -> StaffRole.EDITOR.forSite(site.id()), () -> "STAFF")))
			.andExpect(content().string(containsString(warning)));
		mvc.perform(get("/admin").with(user("manager-" + site.code()).authorities(() -> StaffRole.SITE_MANAGER.forSite(site.id()),
				() -> "STAFF")))
			.andExpect(content().string(containsString(warning)));
		mvc.perform(get("/admin").with(user("another-editor-" + site.code())
				.authorities(() -> StaffRole.EDITOR.forSite(site.id()), () -> "STAFF")))
			.andExpect(content().string(not(containsString("主动公开即将到期"))));

		clock.setTo(LocalDateTime.of(2026, 3, 13, 9, 0));
		mvc.perform(get("/admin").with(user(editor.username()).authorities(() -> StaffRole.EDITOR.forSite(site.id()), () -> "STAFF")))
			.andExpect(content().string(containsString("主动公开已超期：《关于加强政务公开监督检查的通知》应在 2026-03-12 前公开")));

		editor.run(() -> workflow.submit(id, true));
		reviewer.run(() -> workflow.approve(id, null));
		// published: nothing left to warn of (the message that it was published may stay in the inbox)
		mvc.perform(get("/admin").with(user(editor.username()).authorities(() -> StaffRole.EDITOR.forSite(site.id()), () -> "STAFF")))
			.andExpect(content().string(not(containsString("主动公开已超期"))))
			.andExpect(content().string(not(containsString("主动公开即将到期"))));
	}
}
