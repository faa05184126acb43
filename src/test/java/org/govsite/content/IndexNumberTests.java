package org.govsite.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.govsite.content.ContentFixtures.Staff;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A policy document gets its 索引号 and 公开日期 when it is first published (SPEC.md §5): the
 * number in the default format, unique even when several documents go live at once, and never
 * changed afterwards, even when the document is withdrawn and published again.
 */
@IntegrationTest
class IndexNumberTests {

	@Autowired
	ContentFixtures fixtures;

	@Autowired
	DocumentLibrary library;

	@Autowired
	ReviewWorkflow workflow;

	@Autowired
	Placements placements;

	@Autowired
	ContentCatalog catalog;

	@Autowired
	TestClock clock;

	long siteId;

	long channelId;

	Staff editor;

	Staff reviewer;

	@BeforeEach
	void site() {
		siteId = fixtures.portal();
		channelId = fixtures.channel(siteId, "zcwj");
		editor = ContentFixtures.editor(siteId);
		reviewer = ContentFixtures.reviewer(siteId);
	}

	@Test
	void aPolicyFirstPublishedGetsItsNumberAndDisclosureDateAndKeepsThemWhenRepublished() {
		long policy = submittedPolicy("关于印发办法的通知", null);
		DisclosureMetadata draft = editor.run(() -> library.get(policy)).content().disclosure();
		assertThat(draft.indexNumber()).isNull();
		assertThat(draft.disclosedOn()).isNull();

		reviewer.run(() -> workflow.approve(policy, null));

		LocalDate today = LocalDate.now(clock);
		DisclosureMetadata live = catalog.published(policy).orElseThrow().disclosure();
		assertThat(live.indexNumber()).matches("GS%08d/%d-\\d{5}".formatted(siteId, today.getYear()))
			.endsWith("-00001");
		assertThat(live.disclosedOn()).isEqualTo(today);

		reviewer.run(() -> workflow.withdraw(policy, "内容调整"));
		editor.run(() -> library.save(policy, library.get(policy).content()));
		editor.run(() -> workflow.submit(policy, true));
		reviewer.run(() -> workflow.approve(policy, null));

		DisclosureMetadata again = catalog.published(policy).orElseThrow().disclosure();
		assertThat(again.indexNumber()).isEqualTo(live.indexNumber());
		assertThat(again.disclosedOn()).isEqualTo(today);
	}

	@Test
	void aDisclosureDateTheEditorSetIsKept() {
		LocalDate chosen = LocalDate.now(clock).minusDays(3);
		long policy = submittedPolicy("关于调整标准的通知", chosen);
		reviewer.run(() -> workflow.approve(policy, null));
		assertThat(catalog.published(policy).orElseThrow().disclosure().disclosedOn()).isEqualTo(chosen);
	}

	@Test
	void policiesFirstPublishedAtTheSameTimeGetDistinctConsecutiveNumbers() throws Exception {
		int count = 6;
		List<Long> policies = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			policies.add(submittedPolicy("同时发布的文件" + i, null));
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			List<Future<Void>> done = new ArrayList<>();
			for (long policy : policies) {
				Callable<Void> approve = () -> {
					start.await();
					reviewer.run(() -> workflow.approve(policy, null));
					return null;
				};
				done.add(pool.submit(approve));
			}
			start.countDown();
			for (Future<Void> each : done) {
				each.get();
			}
		}
		finally {
			pool.shutdown();
		}
		List<String> numbers = policies.stream()
			.map(policy -> catalog.published(policy).orElseThrow().disclosure().indexNumber())
			.toList();
		assertThat(numbers).doesNotHaveDuplicates();
		assertThat(numbers.stream().map(number -> number.substring(number.length() - 5)))
			.containsExactlyInAnyOrder("00001", "00002", "00003", "00004", "00005", "00006");
	}

	private long submittedPolicy(String title, LocalDate disclosedOn) {
		DisclosureMetadata disclosure = new DisclosureMetadata(null, "综合政务/政务公开", null, "测试县人民政府办公室",
				LocalDate.now(clock).minusDays(10), disclosedOn, null, null, Validity.VALID, DisclosureMode.PROACTIVE,
				List.of(), null);
		return editor.run(() -> {
			long id = library.create(siteId, DocumentType.POLICY,
					DocumentContent.of(title, "<p>" + title + "</p>").withDisclosure(disclosure));
			placements.place(id, PlacementRequest.in(channelId));
			workflow.submit(id, true);
			return id;
		});
	}
}
