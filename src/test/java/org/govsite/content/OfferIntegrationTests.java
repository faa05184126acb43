package org.govsite.content;

import java.time.Instant;
import java.time.LocalDateTime;

import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.StaffRole;
import org.govsite.site.SiteKind;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 报送 and 采用 between a department site and its portal, with the portal's own review where set. */
@IntegrationTest
@EnableScenarios
class OfferIntegrationTests {

	@Autowired
	DocumentLibrary library;

	@Autowired
	Placements placements;

	@Autowired
	EditorialSettings editorialSettings;

	@Autowired
	org.govsite.notification.Notifications notifications;

	@Autowired
	ContentCatalog catalog;

	@Autowired
	ContentFixtures fixtures;

	@Autowired
	TestClock clock;

	long portalId;

	long portalChannel;

	long departmentId;

	long departmentChannel;

	Staff deptEditor;

	Staff deptReviewer;

	Staff portalEditor;

	Staff portalReviewer;

	@BeforeEach
	void sites() {
		portalId = fixtures.portal();
		portalChannel = fixtures.channel(portalId, "bmdt");
		departmentId = fixtures.site(SiteKind.DEPARTMENT, portalId);
		departmentChannel = fixtures.channel(departmentId, "gzdt");
		deptEditor = ContentFixtures.editor(departmentId);
		deptReviewer = ContentFixtures.reviewer(departmentId);
		portalEditor = ContentFixtures.editor(portalId);
		portalReviewer = ContentFixtures.reviewer(portalId);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anAcceptedOfferIsPlacedInThePortalAndAnnounced(Scenario scenario) {
		long documentId = fixtures.published(deptEditor, deptReviewer, departmentId, departmentChannel, "部门动态：春耕");
		long offerId = deptEditor.run(() -> placements.offer(documentId, "建议门户采用"));

		assertThat(portalEditor.run(() -> placements.offersWaitingForMe())).extracting(OfferView::id).contains(offerId);
		assertThat(portalEditor.run(() -> notifications.mine(10)))
			.anySatisfy(n -> assertThat(n.kind()).isEqualTo("content.OFFER_RECEIVED"));
		assertThat(portalEditor.run(() -> library.get(documentId)).content().title()).isEqualTo("部门动态：春耕");

		scenario.stimulate(() -> portalEditor.run(() -> placements.acceptOffer(offerId, portalChannel)))
			.andWaitForEventOfType(PlacementsChanged.class)
			.matching(event -> event.documentId() == documentId)
			.toArriveAndVerify(event -> assertThat(event.channelIds()).containsExactly(portalChannel));

		assertThat(catalog.placements(documentId)).extracting(PlacementView::channelId)
			.containsExactlyInAnyOrder(departmentChannel, portalChannel);
		assertThat(catalog.entries(portalChannel, Instant.now(), 0, 5)).extracting(ChannelEntry::documentId).containsExactly(documentId);
		assertThat(deptEditor.run(() -> placements.offerView(offerId)).state()).isEqualTo(OfferState.ACCEPTED);
		assertThat(deptEditor.run(() -> notifications.mine(10))).anySatisfy(n -> {
			assertThat(n.kind()).isEqualTo("content.OFFER_DECIDED");
			assertThat(n.text()).contains("部门动态：春耕", "已被门户网站采用", "栏目bmdt");
		});
		assertThatThrownBy(() -> deptEditor.run(() -> placements.offer(documentId, null)))
			.hasFieldOrPropertyWithValue("code", "content.offer.alreadyPlaced");
	}

	@Test
	void aDeclinedOfferNeedsAReasonWhichTheOfferingEditorIsTold() {
		long documentId = fixtures.published(deptEditor, deptReviewer, departmentId, departmentChannel, "部门通知：停水");
		long offerId = deptEditor.run(() -> placements.offer(documentId, null));

		assertThatThrownBy(() -> deptEditor.run(() -> placements.offer(documentId, null)))
			.hasFieldOrPropertyWithValue("code", "content.offer.alreadyOpen");
		assertThatThrownBy(() -> portalEditor.run(() -> placements.declineOffer(offerId, "")))
			.hasFieldOrPropertyWithValue("code", "content.field.reason.required");
		portalEditor.run(() -> placements.declineOffer(offerId, "内容已由门户网站发布"));

		OfferView declined = deptEditor.run(() -> placements.offerView(offerId));
		assertThat(declined.state()).isEqualTo(OfferState.DECLINED);
		assertThat(declined.reason()).isEqualTo("内容已由门户网站发布");
		assertThat(declined.decidedBy()).isEqualTo(portalEditor.username());
		assertThat(catalog.placements(documentId)).extracting(PlacementView::channelId).containsExactly(departmentChannel);
		assertThat(deptEditor.run(() -> notifications.mine(10)))
			.anySatisfy(n -> assertThat(n.text()).contains("门户网站未采用，理由：内容已由门户网站发布"));
	}

	@Test
	void aPortalChannelWithItsOwnReviewWaitsForAPortalReviewer() {
		ContentFixtures.Staff manager = new Staff("manager-" + portalId, java.util.List.of(StaffRole.SITE_MANAGER.forSite(portalId)));
		manager.run(() -> editorialSettings.setReviewPolicy(portalChannel, 2, false));
		long documentId = fixtures.published(deptEditor, deptReviewer, departmentId, departmentChannel, "部门动态：防汛");
		long offerId = deptEditor.run(() -> placements.offer(documentId, null));
		Staff editorAndReviewer = portalEditor.with(StaffRole.REVIEWER.forSite(portalId));

		editorAndReviewer.run(() -> placements.acceptOffer(offerId, portalChannel));
		assertThat(catalog.placements(documentId)).extracting(PlacementView::channelId).containsExactly(departmentChannel);
		assertThat(portalReviewer.run(() -> placements.offersWaitingForMe())).extracting(OfferView::id).contains(offerId);
		assertThatThrownBy(() -> editorAndReviewer.run(() -> placements.approveOffer(offerId)))
			.hasFieldOrPropertyWithValue("code", "content.offer.ownAcceptance");

		portalReviewer.run(() -> placements.approveOffer(offerId));
		assertThat(catalog.placements(documentId)).extracting(PlacementView::channelId)
			.containsExactlyInAnyOrder(departmentChannel, portalChannel);
		assertThat(portalReviewer.run(() -> placements.offerView(offerId)).reviewedBy()).isEqualTo(portalReviewer.username());
	}

	@Test
	void onlyLiveOrApprovedDocumentsOfDepartmentSitesAreOffered() {
		long draft = fixtures.draft(deptEditor, departmentId, departmentChannel, "草稿");
		assertThatThrownBy(() -> deptEditor.run(() -> placements.offer(draft, null)))
			.hasFieldOrPropertyWithValue("code", "content.offer.notReady");

		Staff portalWriter = portalEditor;
		long portalDocument = fixtures.published(portalWriter, portalReviewer, portalId, portalChannel, "门户自己的稿件");
		assertThatThrownBy(() -> portalWriter.run(() -> placements.offer(portalDocument, null)))
			.hasFieldOrPropertyWithValue("code", "content.offer.noPortal");
	}

	@Test
	void offersAndAcceptancesAreCountedPerDepartmentSitePerYear() {
		clock.setTo(LocalDateTime.of(2025, 12, 31, 23, 30));
		long lastYear = fixtures.published(deptEditor, deptReviewer, departmentId, departmentChannel, "去年的稿件");
		deptEditor.run(() -> placements.offer(lastYear, null));
		clock.setTo(LocalDateTime.of(2026, 1, 1, 0, 30));
		long first = fixtures.published(deptEditor, deptReviewer, departmentId, departmentChannel, "今年第一篇");
		long second = fixtures.published(deptEditor, deptReviewer, departmentId, departmentChannel, "今年第二篇");
		long firstOffer = deptEditor.run(() -> placements.offer(first, null));
		long secondOffer = deptEditor.run(() -> placements.offer(second, null));
		portalEditor.run(() -> placements.acceptOffer(firstOffer, portalChannel));
		portalEditor.run(() -> placements.declineOffer(secondOffer, "重复"));

		assertThat(portalEditor.run(() -> placements.offerStatistics(2026)))
			.filteredOn(row -> row.siteId() == departmentId)
			.singleElement()
			.satisfies(row -> {
				assertThat(row.offered()).isEqualTo(2);
				assertThat(row.accepted()).isEqualTo(1);
				assertThat(row.acceptedPercent()).isEqualTo(50);
				assertThat(row.portalId()).isEqualTo(portalId);
			});
		assertThat(portalEditor.run(() -> placements.offerStatistics(2025)))
			.filteredOn(row -> row.siteId() == departmentId)
			.singleElement()
			.satisfies(row -> assertThat(row.offered()).isEqualTo(1));
		assertThat(ContentFixtures.editor(fixtures.portal()).run(() -> placements.offerStatistics(2026)))
			.noneMatch(row -> row.siteId() == departmentId);
	}
}
