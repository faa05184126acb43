package org.govsite.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.StaffRole;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A new-media post or press release registered without a published document of the site is a to-do until one goes live. */
@IntegrationTest
class OutsideReleaseTests {

	@Autowired
	ContentFixtures fixtures;

	@Autowired
	OutsideReleases releases;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aPostWithoutItsDocumentWaitsOnTheWorkbenchUntilTheDocumentGoesLive() throws Exception {
		clock.setTo(LocalDateTime.of(2026, 12, 7, 10, 0));
		long siteId = fixtures.portal();
		long channelId = fixtures.channel(siteId, ContentFixtures.unique("news"));
		Staff editor = ContentFixtures.editor(siteId);
		Staff reviewer = ContentFixtures.reviewer(siteId);

		mvc.perform(post("/admin/sites/" + siteId + "/outside-releases").with(as(editor)).with(csrf())
				.param("kind", "NEW_MEDIA").param("outlet", "示例县发布").param("title", "示例县启动冬季供暖")
				.param("releasedOn", "2026-12-07"))
			.andExpect(status().is3xxRedirection());
		assertThat(editor.run(releases::waitingForMe)).singleElement().satisfies(release -> {
			assertThat(release.title()).isEqualTo("示例县启动冬季供暖");
			assertThat(release.due()).isEqualTo(LocalDate.of(2026, 12, 8));
		});
		mvc.perform(get("/admin").with(as(editor)))
			.andExpect(content().string(containsString("在网站发布政务新媒体“示例县发布”已发布的《示例县启动冬季供暖》")));

		long documentId = fixtures.published(editor, reviewer, siteId, channelId, "示例县启动冬季供暖！");
		assertThat(editor.run(releases::waitingForMe)).isEmpty();
		assertThat(editor.run(() -> releases.ofSite(siteId))).singleElement()
			.extracting(OutsideReleaseView::documentId).isEqualTo(documentId);
		mvc.perform(get("/admin").with(as(editor)))
			.andExpect(content().string(not(containsString("《示例县启动冬季供暖》"))));
	}

	@Test
	void aPressReleaseAlreadyOnTheWebsiteIsMatchedAtOnceAndAnotherIsLinkedByHand() {
		clock.setTo(LocalDateTime.of(2026, 12, 7, 10, 0));
		long siteId = fixtures.portal();
		long channelId = fixtures.channel(siteId, ContentFixtures.unique("news"));
		Staff editor = ContentFixtures.editor(siteId);
		Staff reviewer = ContentFixtures.reviewer(siteId);
		long live = fixtures.published(editor, reviewer, siteId, channelId, "全县安全生产工作会议召开");

		editor.run(() -> releases.register(siteId, OutsideReleaseKind.PRESS_RELEASE, "县新闻中心", "全县安全生产工作会议召开",
				LocalDate.of(2026, 12, 7), null));
		long other = editor.run(() -> releases.register(siteId, OutsideReleaseKind.BROADCAST, "县电视台",
				"县长在安全生产会议上强调", LocalDate.of(2026, 12, 6), "https://tv.example.cn/a"));
		assertThat(editor.run(releases::waitingForMe)).extracting(OutsideReleaseView::id).containsExactly(other);

		editor.run(() -> releases.match(siteId, other, live));
		assertThat(editor.run(releases::waitingForMe)).isEmpty();

		assertThatExceptionOfType(ContentRuleViolation.class)
			.isThrownBy(() -> editor.run(() -> releases.register(siteId, OutsideReleaseKind.NEW_MEDIA, "示例县发布",
					"明天的消息", LocalDate.of(2026, 12, 8), null)))
			.extracting(ContentRuleViolation::code).isEqualTo("content.field.releasedOn.invalid");
		assertThat(editor.run(() -> releases.ofSite(siteId))).hasSize(2);
		Staff stranger = ContentFixtures.editor(fixtures.portal());
		assertThatExceptionOfType(org.springframework.security.access.AccessDeniedException.class)
			.isThrownBy(() -> stranger.run(() -> releases.register(siteId, OutsideReleaseKind.NEW_MEDIA, "x", "y",
					LocalDate.of(2026, 12, 7), null)));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(Staff staff) {
		return user(staff.username()).authorities(java.util.stream.Stream
			.concat(staff.authorities().stream(), java.util.stream.Stream.of(StaffRole.STAFF_AUTHORITY))
			.map(SimpleGrantedAuthority::new)
			.toList());
	}
}
