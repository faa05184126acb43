package org.govsite.content;

import org.govsite.site.SiteKind;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The 消息 menu entry shows how many messages wait unread. */
@IntegrationTest
class UnreadCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ContentFixtures fixtures;

	@Test
	void aReviewerSeesTheCountOfUnreadMessagesBesideTheMenuEntry() throws Exception {
		long site = fixtures.site(SiteKind.PORTAL, null);
		long channel = fixtures.channel(site, "news");
		ContentFixtures.Staff editor = ContentFixtures.editor(site);
		ContentFixtures.Staff reviewer = ContentFixtures.reviewer(site);
		long document = fixtures.draft(editor, site, channel, "待审稿件");
		editor.run(() -> fixtures.workflow().submit(document, true));

		String page = mvc.perform(get("/admin").with(user(reviewer.username()).authorities(AuthorityUtils
				.createAuthorityList(reviewer.with("STAFF").authorities()))))
			.andReturn().getResponse().getContentAsString();
		String menu = page.substring(page.indexOf("<nav class=\"sidebar\""), page.indexOf("</nav>", page.indexOf("<nav class=\"sidebar\"")));
		assertThat(menu).containsPattern("消息</span>\\s*<span class=\"badge\">1</span>");
	}
}
