package org.govsite.content;

import java.util.List;

import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.StaffRole;
import org.govsite.publish.internal.HtmlChecker;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console over a site as big as a province's: the document list and the review queue count
 * up to a cap and page, and the 工作台 reads the review queue once.
 */
@IntegrationTest
class ConsoleAtScaleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ContentFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@MockitoSpyBean
	ReviewWorkflow workflow;

	long siteId;

	long channelId;

	Staff editor;

	@BeforeEach
	void site() {
		siteId = fixtures.portal();
		channelId = fixtures.channel(siteId, "news");
		editor = ContentFixtures.editor(siteId);
	}

	@Test
	void theDocumentListCountsUpToTenThousandAndStillPagesOn() throws Exception {
		long original = fixtures.draft(editor, siteId, channelId, "原稿");
		new DocumentClones(jdbc).of(original, BoundedCount.CAP + 50, "复制稿");

		mvc.perform(get("/admin/documents").param("siteId", String.valueOf(siteId)).param("page", "333")
			.with(DocumentApiTests.as(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共 10,000+ 篇")))
			// past the cap the next page is still offered: page 334 holds rows 10,021 to 10,050
			.andExpect(content().string(containsString("page=334")));
		mvc.perform(get("/admin/documents").param("siteId", String.valueOf(siteId)).param("page", "334")
			.with(DocumentApiTests.as(editor)))
			.andExpect(content().string(containsString("复制稿10049")));
	}

	@Test
	void theDocumentListsPagerKeepsEveryFilter() throws Exception {
		long original = fixtures.draft(editor, siteId, channelId, "原稿");
		new DocumentClones(jdbc).of(original, 40, "复制稿");

		String html = mvc.perform(get("/admin/documents").param("siteId", String.valueOf(siteId))
			.param("channelId", String.valueOf(channelId)).param("author", editor.username()).with(DocumentApiTests.as(editor)))
			.andExpect(content().string(containsString("共 41 篇")))
			.andExpect(content().string(containsString("channelId=" + channelId + "&amp;state=&amp;author=" + editor.username())))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(HtmlChecker.errors(html)).as(html).isEmpty();
	}

	@Test
	void theReviewQueueIsPagedOldestFirstWithItsCount() throws Exception {
		Staff reviewer = ContentFixtures.reviewer(siteId);
		long original = submitted("原稿");
		new DocumentClones(jdbc).of(original, 34, "复制稿");

		String html = mvc.perform(get("/admin/review").with(DocumentApiTests.as(reviewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共 35 篇等待审核")))
			.andExpect(content().string(containsString("复制稿34")))
			.andExpect(content().string(not(containsString("原稿"))))
			.andExpect(content().string(containsString("/admin/review?page=1")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(HtmlChecker.errors(html)).as(html).isEmpty();
		mvc.perform(get("/admin/review").param("page", "1").with(DocumentApiTests.as(reviewer)))
			.andExpect(content().string(containsString("复制稿1<")))
			.andExpect(content().string(containsString("原稿")))
			.andExpect(content().string(not(containsString("复制稿5<"))));
	}

	@Test
	void aChannelsReviewerPagesThroughTheirChannelOnly() throws Exception {
		long otherChannel = fixtures.channel(siteId, "notices");
		Staff channelReviewer = new Staff(ContentFixtures.unique("reviewer"),
				List.of(StaffRole.REVIEWER.forChannel(siteId, otherChannel)));
		new DocumentClones(jdbc).of(submitted("别的栏目"), 40, "不归我审");
		long mine = fixtures.draft(editor, siteId, otherChannel, "归我审");
		editor.run(() -> fixtures.workflow().submit(mine, true));

		ReviewQueue queue = channelReviewer.run(() -> fixtures.workflow().awaitingMyReview(0, 30));
		assertThat(queue.documents()).extracting(DocumentSummary::id).containsExactly(mine);
		assertThat(queue.total()).isEqualTo(new BoundedCount(1, false));
	}

	@Test
	void theWorkbenchReadsTheReviewQueueOnce() throws Exception {
		Staff reviewer = ContentFixtures.reviewer(siteId).with(StaffRole.EDITOR.forSite(siteId));
		submitted("待审稿件");

		mvc.perform(get("/admin").with(DocumentApiTests.as(reviewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待审稿件")));
		verify(workflow, times(1)).awaitingMyReview(anyInt(), anyInt());
	}

	private long submitted(String title) {
		long id = fixtures.draft(editor, siteId, channelId, title);
		editor.run(() -> fixtures.workflow().submit(id, true));
		return id;
	}
}
