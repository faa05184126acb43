package org.govsite.channel;

import java.time.LocalDateTime;
import java.util.List;

import org.govsite.channel.ChannelFreshness.State;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.content.ContentFixtures;
import org.govsite.identity.Grant;
import org.govsite.identity.StaffRole;
import org.govsite.identity.TestAccounts;
import org.govsite.notification.Notification;
import org.govsite.notification.Notifications;
import org.govsite.platform.RunAs;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** Channels watched on PostgreSQL: the last publication recorded, the state, the 工作台 and the inbox. */
@IntegrationTest
class ChannelWatchTests {

	@Autowired
	org.govsite.notification.Notifications notifications;

	@Autowired
	ChannelWatch watch;

	@Autowired
	ContentFixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theResponsibleAccountIsWarnedBeforeTheRuleBreaksAndTheManagerOnceItHas() throws Exception {
		long siteId = fixtures.portal();
		long channelId = fixtures.channel(siteId, ContentFixtures.unique("news"));
		String owner = TestAccounts.uniqueName("owner");
		accounts.create(owner, Grant.site(StaffRole.EDITOR, siteId));
		Staff admin = new Staff("watch-admin", List.of(StaffRole.SITE_MANAGER.forSite(siteId)));

		assertThatExceptionOfType(ChannelRuleViolation.class)
			.isThrownBy(() -> admin.run(() -> watch.assignResponsible(channelId, "not-on-this-site")))
			.satisfies(refused -> assertThat(refused.code()).isEqualTo("channel.responsibleAccount.notStaff"));
		mvc.perform(post("/admin/channels/{id}/responsible-account", channelId).param("username", owner).with(csrf())
				.with(user("watch-admin").authorities(() -> StaffRole.SITE_MANAGER.forSite(siteId), () -> "STAFF")))
			.andExpect(status().is3xxRedirection());
		assertThat(admin.run(() -> watch.responsibleAccount(channelId))).contains(owner);
		assertThat(admin.run(() -> watch.freshness(siteId)).get(channelId).state()).isEqualTo(State.EMPTY);

		// a news channel (P14D) last updated on Sunday 20 September 2026: due on 4 October, in the holidays
		clock.setTo(LocalDateTime.of(2026, 9, 20, 10, 0));
		fixtures.published(ContentFixtures.editor(siteId), ContentFixtures.reviewer(siteId), siteId, channelId, "国庆前的新闻");
		assertThat(admin.run(() -> watch.freshness(siteId)).get(channelId).state()).isEqualTo(State.FRESH);

		clock.setTo(LocalDateTime.of(2026, 9, 24, 9, 0));
		ChannelFreshness soon = admin.run(() -> watch.freshness(siteId)).get(channelId);
		assertThat(soon.state()).isEqualTo(State.DUE_SOON);
		assertThat(soon.due()).hasToString("2026-10-04");
		mvc.perform(get("/admin").with(user(owner).authorities(() -> StaffRole.EDITOR.forSite(siteId), () -> "STAFF")))
			.andExpect(content().string(containsString("即将超出更新周期，请在2026-10-04前更新")));
		mvc.perform(get("/admin/sites/{s}/channels", siteId).with(user("watch-admin")
				.authorities(() -> StaffRole.SITE_MANAGER.forSite(siteId), () -> "STAFF")))
			.andExpect(content().string(containsString("data-freshness=\"DUE_SOON\"")))
			.andExpect(content().string(containsString("<option value=\"" + owner + "\" selected=\"selected\"")));

		watch.checkDaily();
		watch.checkDaily();
		List<Notification> inbox = RunAs.actor(owner, () -> notifications.mine(50),
				StaffRole.EDITOR.forSite(siteId), StaffRole.STAFF_AUTHORITY);
		assertThat(inbox).filteredOn(n -> n.kind().equals("content.CHANNEL_UPDATE_DUE"))
			.singleElement().satisfies(n -> assertThat(n.text()).contains("请在2026-10-04前更新"));

		clock.setTo(LocalDateTime.of(2026, 10, 8, 9, 0));
		watch.checkDaily();
		assertThat(admin.run(() -> notifications.mine(50)))
			.filteredOn(n -> n.kind().equals("content.CHANNEL_UPDATE_DUE"))
			.extracting(Notification::text).anyMatch(text -> text.contains("已超出更新周期"));
		mvc.perform(get("/admin").with(user("watch-admin").authorities(() -> StaffRole.SITE_MANAGER.forSite(siteId),
				() -> "STAFF")))
			.andExpect(content().string(containsString("已超出更新周期（应在2026-10-04前更新）")));

		clock.setTo(LocalDateTime.of(2026, 10, 9, 9, 0));
		fixtures.published(ContentFixtures.editor(siteId), ContentFixtures.reviewer(siteId), siteId, channelId, "节后的新闻");
		assertThat(admin.run(() -> watch.freshness(siteId)).get(channelId).state()).isEqualTo(State.FRESH);
		mvc.perform(get("/admin").with(user(owner).authorities(() -> StaffRole.EDITOR.forSite(siteId), () -> "STAFF")))
			.andExpect(content().string(not(containsString("超出更新周期"))));
	}
}
