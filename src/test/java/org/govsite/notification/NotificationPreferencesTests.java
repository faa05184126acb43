package org.govsite.notification;

import java.util.List;

import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 消息设置: each user chooses, kind by kind, which messages also come by email. */
@IntegrationTest
class NotificationPreferencesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifications notifications;

	@Test
	void aUserTurnsEmailOffForAKindAndKeepsTheRest() throws Exception {
		String username = "prefs-" + System.nanoTime();
		RequestPostProcessor me = user(username).authorities(List.of(new SimpleGrantedAuthority("STAFF")));

		mvc.perform(get("/admin/notifications/preferences").with(me))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("稿件等待我审核")))
			.andExpect(content().string(containsString("value=\"content.REVIEW_WAITING\" checked")));

		mvc.perform(post("/admin/notifications/preferences").param("email", "content.PUBLISHED").with(me).with(csrf()))
			.andExpect(redirectedUrl("/admin/notifications/preferences"));

		mvc.perform(get("/admin/notifications/preferences").with(me))
			.andExpect(content().string(containsString("value=\"content.PUBLISHED\" checked")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("value=\"content.REVIEW_WAITING\" checked"))));
	}

	@Test
	void aMessageToARoleIsReadByEachHolderOnTheirOwn() throws Exception {
		String role = "site:" + System.nanoTime() + ":REVIEWER";
		NotificationKind kind = new NotificationKind("content.REVIEW_WAITING", "content.notificationKind.REVIEW_WAITING", true, false);
		notifications.notify(List.of(role), kind, "稿件“测试”等待1级审核。", "/admin/documents/1");
		RequestPostProcessor first = user("first-" + role).authorities(List.of(new SimpleGrantedAuthority("STAFF"),
				new SimpleGrantedAuthority(role)));
		RequestPostProcessor second = user("second-" + role).authorities(List.of(new SimpleGrantedAuthority("STAFF"),
				new SimpleGrantedAuthority(role)));

		String inbox = mvc.perform(get("/admin/notifications").with(first)).andReturn().getResponse().getContentAsString();
		assertThat(inbox).contains("稿件“测试”等待1级审核。", "未读 1 条");
		mvc.perform(post("/admin/notifications/read-all").with(first).with(csrf()));

		assertThat(mvc.perform(get("/admin/notifications").with(first)).andReturn().getResponse().getContentAsString())
			.doesNotContain("未读 1 条");
		assertThat(mvc.perform(get("/admin/notifications").with(second)).andReturn().getResponse().getContentAsString())
			.contains("未读 1 条");
	}

	@Test
	void noOneOpensAnotherUsersMessage() throws Exception {
		NotificationKind kind = new NotificationKind("content.PUBLISHED", "content.notificationKind.PUBLISHED");
		String owner = "owner-" + System.nanoTime();
		notifications.notify(List.of(owner), kind, "稿件“私信”已发布。", "/admin/documents/2");
		String someoneElse = "other-" + System.nanoTime();
		long id = mvc.perform(get("/api/v1/notifications").with(user(owner).authorities(List.of(new SimpleGrantedAuthority("STAFF")))))
			.andReturn().getResponse().getContentAsString().replaceAll("(?s).*?\"id\":(\\d+).*", "$1").transform(Long::parseLong);

		mvc.perform(post("/admin/notifications/{id}/open", id).with(user(someoneElse).authorities(List.of(new SimpleGrantedAuthority("STAFF")))).with(csrf()))
			.andExpect(status().isNotFound());
	}
}
