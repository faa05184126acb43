package org.govsite.content;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.govsite.platform.PageSize;
import org.govsite.content.ContentFixtures.Staff;
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

/** What the publisher reads: live documents, channel lists in their order, and the events on each change. */
@IntegrationTest
@EnableScenarios
class ContentCatalogTests {

	@Autowired
	ContentCatalog catalog;

	@Autowired
	DocumentLibrary library;

	@Autowired
	ReviewWorkflow workflow;

	@Autowired
	Placements placements;

	@Autowired
	ContentFixtures fixtures;

	@Autowired
	TestClock clock;

	long siteId;

	long channelId;

	Staff editor;

	Staff reviewer;

	@BeforeEach
	void site() {
		siteId = fixtures.portal();
		channelId = fixtures.channel(siteId, "news");
		editor = ContentFixtures.editor(siteId);
		reviewer = ContentFixtures.reviewer(siteId);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aDraftIsNotLiveButCanBePreviewed() {
		long id = fixtures.draft(editor, siteId, channelId, "草稿标题");

		assertThat(catalog.published(id)).isEmpty();
		assertThat(catalog.draft(id)).get().extracting(PublishedDocument::title).isEqualTo("草稿标题");
		assertThat(catalog.countEntries(channelId, Instant.now())).isZero();
		assertThat(catalog.placements(id)).isEmpty();
	}

	@Test
	void anApprovedDocumentIsLiveInItsChannel() {
		long id = fixtures.published(editor, reviewer, siteId, channelId, "县政府召开常务会议");

		PublishedDocument live = catalog.published(id).orElseThrow();
		assertThat(live.title()).isEqualTo("县政府召开常务会议");
		assertThat(live.body()).isEqualTo("<p>县政府召开常务会议的正文</p>");
		assertThat(live.siteId()).isEqualTo(siteId);
		assertThat(catalog.placements(id)).extracting(PlacementView::channelId).containsExactly(channelId);
		assertThat(catalog.entries(channelId, Instant.now(), 0, 10)).extracting(ChannelEntry::documentId).containsExactly(id);
		assertThat(catalog.lastUpdate(siteId)).isPresent();
	}

	@Test
	void listsShowPinnedFirstThenByManualOrderThenNewest() {
		clock.setTo(java.time.LocalDateTime.of(2026, 3, 2, 9, 0));
		long oldest = fixtures.published(editor, reviewer, siteId, channelId, "最早");
		clock.advance(Duration.ofHours(1));
		long newer = fixtures.published(editor, reviewer, siteId, channelId, "较新");
		clock.advance(Duration.ofHours(1));
		long newest = fixtures.published(editor, reviewer, siteId, channelId, "最新");
		clock.advance(Duration.ofHours(1));
		long pinned = fixtures.published(editor, reviewer, siteId, channelId, "置顶");
		long ordered = fixtures.published(editor, reviewer, siteId, channelId, "排序靠前");
		editor.run(() -> placements.place(pinned, new PlacementRequest(channelId, true, 0, null)));
		editor.run(() -> placements.place(ordered, new PlacementRequest(channelId, false, -1, null)));

		assertThat(catalog.entries(channelId, clock.instant(), 0, 10)).extracting(ChannelEntry::documentId)
			.containsExactly(pinned, ordered, newest, newer, oldest);
		assertThat(catalog.entries(channelId, clock.instant(), 1, 2)).extracting(ChannelEntry::documentId)
			.containsExactly(ordered, newest);
		assertThat(catalog.countEntries(channelId, clock.instant())).isEqualTo(5);
		assertThat(catalog.latest(List.of(channelId), clock.instant(), 2)).extracting(ChannelEntry::title)
			.containsExactly("排序靠前", "置顶");
	}

	@Test
	void theFirstEntriesOfSeveralChannelsComeInOneReadInTheirListsOrder() {
		clock.setTo(java.time.LocalDateTime.of(2026, 3, 2, 9, 0));
		long other = fixtures.channel(siteId, "other");
		long empty = fixtures.channel(siteId, "empty");
		long oldest = fixtures.published(editor, reviewer, siteId, channelId, "最早");
		clock.advance(Duration.ofHours(1));
		long newest = fixtures.published(editor, reviewer, siteId, channelId, "最新");
		long pinned = fixtures.published(editor, reviewer, siteId, channelId, "置顶");
		long elsewhere = fixtures.published(editor, reviewer, siteId, other, "别处");
		editor.run(() -> placements.place(pinned, new PlacementRequest(channelId, true, 0, null)));
		editor.run(() -> placements.place(oldest, new PlacementRequest(other, false, 0, null)));

		var first = catalog.firstEntries(List.of(other, empty, channelId), clock.instant(), 2);

		assertThat(first).containsOnlyKeys(other, empty, channelId);
		assertThat(first.get(channelId)).extracting(ChannelEntry::documentId).containsExactly(pinned, newest)
			.containsExactlyElementsOf(catalog.entries(channelId, clock.instant(), 0, 2).stream()
				.map(ChannelEntry::documentId).toList());
		assertThat(first.get(other)).extracting(ChannelEntry::documentId).containsExactly(elsewhere, oldest);
		assertThat(first.get(empty)).isEmpty();
	}

	@Test
	void anExpiredPlacementIsNoLongerAnEntry() {
		clock.setTo(java.time.LocalDateTime.of(2026, 3, 2, 9, 0));
		long id = fixtures.published(editor, reviewer, siteId, channelId, "限时通知");
		Instant expiry = clock.instant().plus(Duration.ofDays(3));
		editor.run(() -> placements.place(id, new PlacementRequest(channelId, false, 0, expiry)));

		assertThat(catalog.countEntries(channelId, expiry.minusSeconds(1))).isEqualTo(1);
		assertThat(catalog.countEntries(channelId, expiry)).isZero();
		assertThat(catalog.entries(channelId, expiry.plusSeconds(60), 0, 10)).isEmpty();
	}

	@Test
	void publishingAnnouncesTheDocumentAndItsChannels(Scenario scenario) {
		long id = fixtures.draft(editor, siteId, channelId, "待发布");
		editor.run(() -> workflow.submit(id, true));

		scenario.stimulate(() -> reviewer.run(() -> workflow.approve(id, "同意")))
			.andWaitForEventOfType(DocumentPublished.class)
			.matching(event -> event.documentId() == id)
			.toArriveAndVerify(event -> {
				assertThat(event.channelIds()).containsExactly(channelId);
				assertThat(event.previousChannelIds()).isEmpty();
			});
	}

	@Test
	void withdrawalRemovesEveryPlacementAndIsAnnounced(Scenario scenario) {
		long otherChannel = fixtures.channel(siteId, "notice");
		long id = fixtures.published(editor, reviewer, siteId, channelId, "将撤稿");
		editor.run(() -> placements.place(id, PlacementRequest.in(otherChannel)));
		assertThat(catalog.placements(id)).hasSize(2);

		scenario.stimulate(() -> reviewer.run(() -> workflow.withdraw(id, "信息有误")))
			.andWaitForEventOfType(DocumentWithdrawn.class)
			.matching(event -> event.documentId() == id)
			.toArriveAndVerify(event -> assertThat(event.channelIds()).containsExactlyInAnyOrder(channelId, otherChannel));
		assertThat(catalog.published(id)).isEmpty();
		assertThat(catalog.placements(id)).isEmpty();
		assertThat(catalog.countEntries(channelId, Instant.now())).isZero();
		assertThat(catalog.countEntries(otherChannel, Instant.now())).isZero();
	}

	@Test
	void archivingIsAnnouncedAsArchivedNotAsPublished(Scenario scenario) {
		long id = fixtures.published(editor, reviewer, siteId, channelId, "到期归档");

		scenario.stimulate(() -> editor.run(() -> workflow.archive(id)))
			.andWaitForEventOfType(DocumentArchived.class)
			.matching(event -> event.documentId() == id)
			.toArriveAndVerify(event -> {
				assertThat(event.channelIds()).containsExactly(channelId);
				assertThat(event.archivedOn()).isEqualTo(LocalDate.now(clock));
			});
	}

	@Test
	void placingALiveDocumentIsAnnounced(Scenario scenario) {
		long otherChannel = fixtures.channel(siteId, "tzgg");
		long id = fixtures.published(editor, reviewer, siteId, channelId, "再发一个栏目");

		scenario.stimulate(() -> editor.run(() -> placements.place(id, PlacementRequest.in(otherChannel))))
			.andWaitForEventOfType(PlacementsChanged.class)
			.matching(event -> event.documentId() == id)
			.toArriveAndVerify(event -> assertThat(event.channelIds()).containsExactly(otherChannel));
		assertThat(catalog.entries(otherChannel, Instant.now(), 0, 5)).extracting(ChannelEntry::documentId).containsExactly(id);
	}

	@Test
	void aNewDraftLeavesTheLiveVersionShowingUntilReleased() {
		long id = fixtures.published(editor, reviewer, siteId, channelId, "第一版");
		editor.run(() -> library.save(id, DocumentContent.of("第二版", "<p>改过</p>")));

		assertThat(catalog.published(id)).get().extracting(PublishedDocument::title).isEqualTo("第一版");
		assertThat(catalog.draft(id)).get().extracting(PublishedDocument::title).isEqualTo("第二版");
		editor.run(() -> workflow.submit(id, true));
		reviewer.run(() -> workflow.approve(id, null));
		assertThat(catalog.published(id)).get().extracting(PublishedDocument::title).isEqualTo("第二版");
	}

	@Test
	void theAuthorCannotApproveTheirOwnDocumentEvenAsAReviewer() {
		Staff both = editor.with(org.govsite.identity.StaffRole.REVIEWER.forSite(siteId));
		long id = fixtures.draft(both, siteId, channelId, "自己审");
		both.run(() -> workflow.submit(id, true));

		assertThatThrownBy(() -> both.run(() -> workflow.approve(id, null))).isInstanceOf(ContentRuleViolation.class)
			.hasMessageContaining("content.review.ownDocument");
		assertThat(both.run(() -> workflow.awaitingMyReview(0, PageSize.MAX).documents())).extracting(DocumentSummary::id).doesNotContain(id);
		assertThat(reviewer.run(() -> workflow.awaitingMyReview(0, PageSize.MAX).documents())).extracting(DocumentSummary::id).contains(id);
	}

	@Test
	void aPolicyAndItsInterpretationAreReleasedTogetherAndShowEachOther() {
		long policy = editor.run(() -> library.create(siteId, DocumentType.POLICY,
				DocumentContent.of("关于印发某办法的通知", "<p>正文</p>").withDisclosure(disclosure())));
		long interpretation = editor.run(() -> library.create(siteId, DocumentType.INTERPRETATION,
				DocumentContent.of("图解某办法", "<p>解读</p>").withPolicy(policy)));
		editor.run(() -> {
			placements.place(policy, PlacementRequest.in(channelId));
			placements.place(interpretation, PlacementRequest.in(channelId));
			workflow.submit(interpretation, true);
		});
		reviewer.run(() -> workflow.approve(interpretation, null));

		assertThat(catalog.published(interpretation)).isEmpty();
		assertThat(editor.run(() -> library.get(interpretation)).state()).isEqualTo(DocumentState.APPROVED);

		editor.run(() -> workflow.submit(policy, true));
		reviewer.run(() -> workflow.approve(policy, null));

		assertThat(catalog.published(policy).orElseThrow().related()).extracting(PublishedDocument.RelatedDocument::id)
			.containsExactly(interpretation);
		assertThat(catalog.published(interpretation).orElseThrow().related())
			.extracting(PublishedDocument.RelatedDocument::id).containsExactly(policy);
		assertThat(catalog.published(policy).orElseThrow().disclosure().indexNumber()).isEqualTo(disclosure().indexNumber());
	}

	@Test
	void aWholeSiteIsStreamedInIdOrder() {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			ids.add(fixtures.published(editor, reviewer, siteId, channelId, "文章" + i));
		}
		fixtures.draft(editor, siteId, channelId, "草稿不在其中");
		List<Long> streamed = new ArrayList<>();

		catalog.forEachPublished(siteId, document -> streamed.add(document.id()));

		assertThat(streamed).containsExactlyElementsOf(ids);
	}

	DisclosureMetadata disclosure;

	DisclosureMetadata disclosure() {
		if (disclosure == null) {
			disclosure = new DisclosureMetadata("000014349/2026-" + ContentFixtures.unique("").substring(0, 5),
					"综合政务/政务公开", "示政办发〔2026〕3号", "示例县人民政府办公室", LocalDate.of(2026, 2, 1), null, null,
					"行政规范性文件", Validity.VALID, DisclosureMode.PROACTIVE, List.of("政务公开"), "某办法的全文");
		}
		return disclosure;
	}
}
