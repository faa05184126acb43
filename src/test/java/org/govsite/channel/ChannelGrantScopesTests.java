package org.govsite.channel;

import org.govsite.identity.GrantScopes;
import org.govsite.platform.RunAs;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The account pages name the sites and channels a role can be granted over. */
@IntegrationTest
class ChannelGrantScopesTests {

	@Autowired
	GrantScopes scopes;

	@Autowired
	TestSites sites;

	@Autowired
	ChannelManagement channels;

	@Test
	void namesSitesAndIndentsChannelsByLevel() {
		long siteId = sites.newSite();
		long parent = RunAs.actor("test-admin", () -> channels.create(siteId, null,
				ChannelDetails.of("政府信息公开", "xxgk", ChannelKind.DISCLOSURE, "县政府办公室", "张三")), "ROLE_SYSTEM_ADMIN");
		long child = RunAs.actor("test-admin", () -> channels.create(siteId, parent,
				ChannelDetails.of("政策文件", "zcwj", ChannelKind.POLICY, "县政府办公室", "张三")), "ROLE_SYSTEM_ADMIN");
		assertThat(scopes.sites()).containsKey(siteId);
		assertThat(scopes.channels(siteId)).containsEntry(parent, "政府信息公开").containsEntry(child, "　政策文件");
	}
}
