package org.govsite.content;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.govsite.platform.PageSize;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.Grant;
import org.govsite.identity.StaffRole;
import org.govsite.identity.TestAccounts;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Review that cannot be bypassed by a placement, a move or an offer; review that cannot finish
 * is warned of; waiting items only for who may act; the small rules around publishing dates.
 */
@IntegrationTest
class ReviewSafeguardsTests {

	@Autowired
	org.govsite.notification.Notifications notifications;

	@Autowired
	ContentFixtures fixtures;

	@Autowired
	DocumentLibrary library;

	@Autowired
	ReviewWorkflow workflow;

	@Autowired
	Placements placements;

	@Autowired
	EditorialSettings editorialSettings;

	@Autowired
	ReviewSafeguards safeguards;

	@Autowired
	ContentCatalog catalog;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	long siteId;

	long oneLevel;

	long threeLevels;

	Staff editor;

	Staff manager;

	@BeforeEach
	void site() {
		siteId = fixtures.portal();
		oneLevel = fixtures.channel(siteId, ContentFixtures.unique("one"));
		threeLevels = fixtures.channel(siteId, ContentFixtures.unique("three"));
		editor = ContentFixtures.editor(siteId);
		manager = new Staff(ContentFixtures.unique("manager"), List.of(StaffRole.SITE_MANAGER.forSite(siteId)));
		manager.run(() -> editorialSettings.setReviewPolicy(oneLevel, 1, false));
		manager.run(() -> editorialSettings.setReviewPolicy(threeLevels, 3, false));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	// --- 1. a placement never bypasses review ---------------------------------------------------

	@Test
	void theDocumentPageShowsAHeldPlacementAndItsButtonOnlyToAReviewerWhoMayPassIt() throws Exception {
		Staff first = ContentFixtures.reviewer(siteId);
		long id = fixtures.published(editor, first, siteId, oneLevel, "页面上补充审核的稿件");
		editor.run(() -> placements.place(id, PlacementRequest.in(threeLevels)));
		String action = "/admin/documents/" + id + "/placements/" + threeLevels + "/review";

		String forEditor = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/admin/documents/{id}", id).with(DocumentApiTests.as(editor))).andReturn().getResponse().getContentAsString();
		assertThat(forEditor).contains("等待第 2 级审核（共 3 级）").doesNotContain(action);
		String forFirst = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/admin/documents/{id}", id).with(DocumentApiTests.as(first))).andReturn().getResponse().getContentAsString();
		assertThat(forFirst).as("who passed level 1 does not pass level 2").doesNotContain(action);

		Staff second = ContentFixtures.reviewer(siteId);
		String forSecond = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/admin/documents/{id}", id).with(DocumentApiTests.as(second))).andReturn().getResponse().getContentAsString();
		assertThat(forSecond).contains(action, "通过本级审核");
		mvc.perform(post(action).param("comment", "二审通过").with(DocumentApiTests.as(second)).with(csrf()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/admin/documents/" + id))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("successMessage", "已通过该栏目的本级审核。"));
		assertThat(editor.run(() -> safeguards.heldPlacements(id))).singleElement()
			.satisfies(held -> assertThat(held.nextLevel()).isEqualTo(3));
	}

	@Test
	void aLiveDocumentPlacedInAStricterChannelWaitsThereForTheMissingLevels() {
		Staff first = ContentFixtures.reviewer(siteId);
		long id = fixtures.published(editor, first, siteId, oneLevel, "一级审核后发布的稿件");
		assertThat(shownIn(id)).containsExactly(oneLevel);

		editor.run(() -> placements.place(id, PlacementRequest.in(threeLevels)));

		assertThat(shownIn(id)).as("live in its first channel, not yet in the stricter one").containsExactly(oneLevel);
		assertThat(editor.run(() -> safeguards.heldPlacements(id))).singleElement().satisfies(held -> {
			assertThat(held.channelId()).isEqualTo(threeLevels);
			assertThat(held.nextLevel()).isEqualTo(2);
			assertThat(held.requiredLevels()).isEqualTo(3);
		});

		assertThatExceptionOfType(ContentRuleViolation.class)
			.isThrownBy(() -> first.run(() -> safeguards.approvePlacement(id, threeLevels, null)))
			.satisfies(refused -> assertThat(refused.code()).isEqualTo("content.review.sameReviewer"));
		assertThatExceptionOfType(ContentRuleViolation.class)
			.isThrownBy(() -> editor.with(StaffRole.REVIEWER.forSite(siteId))
				.run(() -> safeguards.approvePlacement(id, threeLevels, null)))
			.satisfies(refused -> assertThat(refused.code()).isEqualTo("content.review.ownDocument"));

		Staff second = ContentFixtures.reviewer(siteId);
		assertThat(second.run(() -> safeguards.placementsAwaitingMyReview())).extracting(PlacementReviewView::documentId)
			.contains(id);
		assertThat(first.run(() -> safeguards.placementsAwaitingMyReview())).extracting(PlacementReviewView::documentId)
			.doesNotContain(id);
		second.run(() -> safeguards.approvePlacement(id, threeLevels, "二审通过"));
		assertThat(shownIn(id)).containsExactly(oneLevel);
		assertThatExceptionOfType(ContentRuleViolation.class)
			.isThrownBy(() -> second.run(() -> safeguards.approvePlacement(id, threeLevels, null)));

		ContentFixtures.reviewer(siteId).run(() -> safeguards.approvePlacement(id, threeLevels, "三审通过"));
		assertThat(shownIn(id)).containsExactlyInAnyOrder(oneLevel, threeLevels);
		assertThat(editor.run(() -> safeguards.heldPlacements(id))).isEmpty();
	}

	@Test
	void aMoveIntoAStricterChannelIsHeldToo() {
		long id = fixtures.published(editor, ContentFixtures.reviewer(siteId), siteId, oneLevel, "要移动的稿件");

		editor.run(() -> placements.move(id, oneLevel, threeLevels));

		assertThat(shownIn(id)).isEmpty();
		assertThat(editor.run(() -> safeguards.heldPlacements(id))).extracting(PlacementReviewView::channelId)
			.containsExactly(threeLevels);
	}

	@Test
	void aSubmittedDocumentPlacedInAStricterChannelWaitsThereAfterItsOwnReview() {
		long id = fixtures.draft(editor, siteId, oneLevel, "审核中又放入栏目的稿件");
		editor.run(() -> workflow.submit(id, true));
		editor.run(() -> placements.place(id, PlacementRequest.in(threeLevels)));

		ContentFixtures.reviewer(siteId).run(() -> workflow.approve(id, null));

		assertThat(shownIn(id)).containsExactly(oneLevel);
	}

	@Test
	void aDraftPlacedInAStricterChannelIsSimplyReviewedForItAtSubmission() {
		long id = fixtures.draft(editor, siteId, oneLevel, "送审前放入两个栏目的稿件");
		editor.run(() -> placements.place(id, PlacementRequest.in(threeLevels)));
		editor.run(() -> workflow.submit(id, true));
		ContentFixtures.reviewer(siteId).run(() -> workflow.approve(id, null));
		ContentFixtures.reviewer(siteId).run(() -> workflow.approve(id, null));
		ContentFixtures.reviewer(siteId).run(() -> workflow.approve(id, null));

		assertThat(shownIn(id)).containsExactlyInAnyOrder(oneLevel, threeLevels);
		assertThat(editor.run(() -> safeguards.heldPlacements(id))).isEmpty();
	}

	@Test
	void anOfferAcceptedIntoAStricterPortalChannelWaitsForTheMissingLevels() {
		long department = fixtures.site(org.govsite.site.SiteKind.DEPARTMENT, siteId);
		long departmentChannel = fixtures.channel(department, ContentFixtures.unique("dept"));
		Staff departmentEditor = ContentFixtures.editor(department);
		long id = fixtures.published(departmentEditor, ContentFixtures.reviewer(department), department,
				departmentChannel, "报送到门户的稿件");
		long offer = departmentEditor.run(() -> placements.offer(id, null));

		Staff portalEditor = ContentFixtures.editor(siteId);
		portalEditor.run(() -> placements.acceptOffer(offer, threeLevels));
		ContentFixtures.reviewer(siteId).run(() -> placements.approveOffer(offer));

		assertThat(shownIn(id)).containsExactly(departmentChannel);
		assertThat(portalEditor.run(() -> safeguards.heldPlacements(id))).singleElement().satisfies(held -> {
			assertThat(held.channelId()).isEqualTo(threeLevels);
			assertThat(held.nextLevel()).as("the portal reviewer's sign-off passed level 2").isEqualTo(3);
		});
	}

	// --- 5. a review that cannot finish -----------------------------------------------------------

	@Test
	void aSubmissionWithFewerReviewersThanLevelsIsWarnedOfAndNoOneWaitsForWhatTheyMayNotDo() throws Exception {
		String only = org.govsite.identity.TestAccounts.uniqueName("onlyreviewer");
		accounts.create(only, Grant.channel(StaffRole.REVIEWER, siteId, threeLevels));
		Staff reviewer = new Staff(only, List.of(StaffRole.REVIEWER.forChannel(siteId, threeLevels)));
		long id = fixtures.draft(editor, siteId, threeLevels, "审核人不足的稿件");

		mvc.perform(post("/api/v1/documents/{id}/submit", id).with(DocumentApiTests.as(editor))
				.contentType(MediaType.APPLICATION_JSON).content("{\"confidentialityConfirmed\": true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("IN_REVIEW"))
			.andExpect(jsonPath("$.warning", containsString("需要3级审核，但能审核它的只有1人")));
		assertThat(manager.run(() -> safeguards.channelReviewShortfall(threeLevels)))
			.contains(new ReviewShortfall(3, 1));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/admin/review-policies").param("siteId", String.valueOf(siteId)).with(DocumentApiTests.as(manager)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("该栏目需要3级审核，但审核人只有1人")));

		assertThat(reviewer.run(() -> workflow.awaitingMyReview(0, PageSize.MAX).documents())).extracting(DocumentSummary::id).contains(id);
		reviewer.run(() -> workflow.approve(id, "一审通过"));
		assertThat(reviewer.run(() -> workflow.awaitingMyReview(0, PageSize.MAX).documents())).extracting(DocumentSummary::id)
			.as("level 2 is not theirs to act on").doesNotContain(id);
		assertThat(reviewer.run(() -> notifications.mine(50)))
			.filteredOn(notification -> notification.link().equals("/admin/documents/" + id))
			.extracting(org.govsite.notification.Notification::text)
			.noneMatch(text -> text.contains("等待2级审核"));
		assertThat(ContentFixtures.reviewer(siteId).run(() -> workflow.awaitingMyReview(0, PageSize.MAX).documents()))
			.extracting(DocumentSummary::id).contains(id);
	}

	// --- 9.9 the small ones -----------------------------------------------------------------------

	@Test
	void aWithdrawalTimeBeforeThePublishTimeIsRefused() {
		long id = fixtures.draft(editor, siteId, oneLevel, "定时发布与撤稿");
		Instant publishAt = Instant.now().plus(3, ChronoUnit.DAYS);
		editor.run(() -> workflow.schedulePublish(id, publishAt));

		// a withdrawal is a decision of the site's manager or a reviewer, never the author's alone
		assertThatExceptionOfType(ContentRuleViolation.class)
			.isThrownBy(() -> manager.run(() -> workflow.scheduleWithdrawal(id, publishAt.minus(1, ChronoUnit.DAYS))))
			.satisfies(refused -> assertThat(refused.code()).isEqualTo("content.schedule.withdrawalBeforePublish"));
		manager.run(() -> workflow.scheduleWithdrawal(id, publishAt.plus(1, ChronoUnit.DAYS)));
		assertThatExceptionOfType(ContentRuleViolation.class)
			.isThrownBy(() -> editor.run(() -> workflow.schedulePublish(id, publishAt.plus(2, ChronoUnit.DAYS))));
	}

	@Test
	void aBackdatedDisplayDateIsRecordedAndNeverBecomesTheRealPublicationTime() {
		clock.setTo(LocalDateTime.of(2026, 6, 10, 9, 0));
		Instant shown = LocalDateTime.of(2026, 5, 1, 9, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
		long id = editor.run(() -> library.create(siteId, DocumentType.ARTICLE,
				new DocumentContent("倒签的稿件", null, "<p>正文</p>", null, null, null, null, null, List.of(), List.of(),
						shown, null, false, null, false, null, null)));
		editor.run(() -> placements.place(id, PlacementRequest.in(oneLevel)));
		editor.run(() -> workflow.submit(id, true));
		ContentFixtures.reviewer(siteId).run(() -> workflow.approve(id, null));

		PublishedDocument page = catalog.published(id).orElseThrow();
		assertThat(page.publishedAt()).isEqualTo(shown);
		assertThat(page.firstPublishedAt()).isEqualTo(clock.instant());
		assertThat(editor.run(() -> library.get(id)).history()).extracting(HistoryEntryView::action)
			.contains(HistoryAction.BACKDATED);
	}

	@Test
	void aReviewPolicyChangeIsAuditedWithItsChannelAndWhatChanged() throws Exception {
		mvc.perform(put("/api/v1/content-settings/channels/{c}/review-policy", oneLevel).with(DocumentApiTests.as(manager))
				.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"levels\": 2, \"proofreading\": true}"))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select detail from audit_record where action = 'content.reviewPolicy' and object_id = ?")
			.param(String.valueOf(oneLevel)).query(String.class).list())
			.containsExactly("levels 1→2, proofreading false→true");
	}

	private List<Long> shownIn(long documentId) {
		return catalog.placements(documentId).stream().map(PlacementView::channelId).toList();
	}
}
