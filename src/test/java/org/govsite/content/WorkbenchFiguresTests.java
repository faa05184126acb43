package org.govsite.content;

import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.StaffRole;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The 工作台 shows what people look at each morning: documents waiting for review, what the
 * sites published this week per channel (drawn as a small chart), failed publish jobs.
 */
@IntegrationTest
class WorkbenchFiguresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ContentFixtures fixtures;

	@Test
	void aReviewerSeesWhatWaitsAndWhatTheSitePublishedThisWeekPerChannel() throws Exception {
		long site = fixtures.portal();
		long news = fixtures.channel(site, "news");
		long notices = fixtures.channel(site, "notices");
		Staff editor = ContentFixtures.editor(site);
		Staff reviewer = ContentFixtures.reviewer(site);
		fixtures.published(editor, reviewer, site, news, "本周新闻一");
		fixtures.published(editor, reviewer, site, news, "本周新闻二");
		fixtures.published(editor, reviewer, site, notices, "本周通知");
		long waiting = fixtures.draft(editor, site, news, "待审稿件");
		editor.run(() -> fixtures.workflow().submit(waiting, true));

		String page = page(reviewer.username(), StaffRole.REVIEWER.forSite(site));
		assertThat(page).contains("等待审核的稿件", "本周各栏目发布", "echarts.min.js", "workbench-charts.js");
		assertThat(page.replaceAll("\\s+", " ")).contains("<th scope=\"row\">栏目news</th><td>2</td>",
				"<th scope=\"row\">栏目notices</th><td>1</td>");
	}

	@Test
	void theSystemAdministratorSeesFailedPublishJobs() throws Exception {
		assertThat(page("sysadmin-figures", StaffRole.SYSTEM_ADMIN.authority())).contains("近 7 天发布失败的任务");
	}

	@Test
	void anAdministratorWithoutSitesSeesNoChart() throws Exception {
		assertThat(page("auditor-figures", StaffRole.AUDIT_ADMIN.authority())).doesNotContain("echarts.min.js");
	}

	private String page(String username, String authority) throws Exception {
		return mvc.perform(get("/admin").with(user(username)
				.authorities(AuthorityUtils.createAuthorityList(authority, StaffRole.STAFF_AUTHORITY))))
			.andReturn().getResponse().getContentAsString();
	}
}
