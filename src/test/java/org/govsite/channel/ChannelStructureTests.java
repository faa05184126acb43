package org.govsite.channel;

import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change of an online site's main channel structure (its first-level channels) leaves a change
 * record with the site module, to be reported (SPEC.md §1); deeper changes and reordering do not.
 */
@IntegrationTest
@WithMockUser(username = "admin", authorities = { "ROLE_SYSTEM_ADMIN", "STAFF" })
class ChannelStructureTests {

	@Autowired
	ChannelManagement channels;

	@Autowired
	TestSites sites;

	@Test
	void firstLevelChangesOfAnOnlineSiteAreRecorded() {
		long siteId = sites.onlineSite();
		long news = channels.create(siteId, null, details("新闻动态", "news"));
		long disclosure = channels.create(siteId, null, details("政府信息公开", "xxgk"));
		long policy = channels.create(siteId, disclosure, details("政策文件", "zcwj"));

		channels.edit(news, details("政务要闻", "news"));
		channels.moveUp(disclosure);
		channels.move(policy, null, null);
		channels.archive(news);
		channels.edit(policy, details("政策法规", "zcfg"));
		channels.move(policy, disclosure, 1);

		assertThat(sites.structureChanges(siteId)).containsExactlyInAnyOrder(
				"新增一级栏目“新闻动态”（news）",
				"新增一级栏目“政府信息公开”（xxgk）",
				"一级栏目“新闻动态”更名为“政务要闻”",
				"栏目“政策文件”移为一级栏目",
				"归档一级栏目“政务要闻”",
				"一级栏目“政策文件”更名为“政策法规”",
				"一级栏目“政策法规”的栏目代码由“zcwj”改为“zcfg”",
				"一级栏目“政策法规”移到“政府信息公开”之下");
	}

	@Test
	void buildingTheTreeOfASiteNotYetOnlineRecordsNothing() {
		long siteId = sites.newSite();

		channels.createTree(siteId, null, java.util.List.of(
				ChannelOutline.of(details("政府信息公开", "xxgk"), ChannelOutline.of(details("政策文件", "zcwj"))),
				ChannelOutline.of(details("新闻动态", "news"))));

		assertThat(channels.ofSite(siteId)).extracting(ChannelView::path).containsExactly("xxgk", "xxgk/zcwj", "news");
		assertThat(sites.structureChanges(siteId)).isEmpty();
	}

	private static ChannelDetails details(String name, String code) {
		return ChannelDetails.of(name, code, ChannelKind.OTHER, "县政府办公室", "张三");
	}
}
