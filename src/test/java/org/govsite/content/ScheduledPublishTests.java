package org.govsite.content;

import java.time.Duration;
import java.time.LocalDateTime;

import org.govsite.content.ContentFixtures.Staff;
import org.govsite.content.internal.ReleaseScheduler;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** 定时发布 and scheduled withdrawal, with the test clock moved past the time. */
@IntegrationTest
class ScheduledPublishTests {

	@Autowired
	DocumentLibrary library;

	@Autowired
	ReviewWorkflow workflow;

	@Autowired
	ContentCatalog catalog;

	@Autowired
	ContentFixtures fixtures;

	@Autowired
	ReleaseScheduler scheduler;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aNewDraftOfALiveDocumentIsReleasedAtItsTimeAndLaterWithdrawn() {
		clock.setTo(LocalDateTime.of(2030, 5, 6, 9, 0));
		long siteId = fixtures.portal();
		long channelId = fixtures.channel(siteId, "news");
		Staff editor = ContentFixtures.editor(siteId);
		Staff reviewer = ContentFixtures.reviewer(siteId);
		long id = fixtures.published(editor, reviewer, siteId, channelId, "第一版");
		editor.run(() -> {
			library.save(id, DocumentContent.of("第二版", "<p>更新</p>"));
			workflow.schedulePublish(id, clock.instant().plus(Duration.ofHours(2)));
			workflow.submit(id, true);
		});
		reviewer.run(() -> workflow.approve(id, null));

		assertThat(editor.run(() -> library.get(id)).state()).isEqualTo(DocumentState.SCHEDULED);
		assertThat(catalog.published(id).orElseThrow().title()).isEqualTo("第一版");
		clock.advance(Duration.ofHours(1));
		scheduler.runDue();
		assertThat(catalog.published(id).orElseThrow().title()).isEqualTo("第一版");

		clock.advance(Duration.ofHours(1));
		scheduler.runDue();
		assertThat(catalog.published(id).orElseThrow().title()).isEqualTo("第二版");
		assertThat(editor.run(() -> library.get(id)).state()).isEqualTo(DocumentState.PUBLISHED);

		reviewer.run(() -> workflow.scheduleWithdrawal(id, clock.instant().plus(Duration.ofDays(1))));
		clock.advance(Duration.ofDays(1));
		scheduler.runDue();
		assertThat(catalog.published(id)).isEmpty();
		assertThat(catalog.countEntries(channelId, clock.instant())).isZero();
	}

	@Test
	void typesettingSavesAUniformBodyAsANewVersion() {
		long siteId = fixtures.portal();
		Staff editor = ContentFixtures.editor(siteId);
		long id = editor.run(() -> library.create(siteId, DocumentType.ARTICLE, DocumentContent.of("排版", "<p>\u3000\u3000正文</p><p> </p>")));

		int version = editor.run(() -> library.typeset(id));

		assertThat(version).isEqualTo(2);
		assertThat(editor.run(() -> library.get(id)).content().body()).isEqualTo("<div class=\"gs-typeset\"><p>正文</p></div>");
	}
}
