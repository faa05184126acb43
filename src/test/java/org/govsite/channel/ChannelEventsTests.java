package org.govsite.channel;

import org.govsite.channel.ChannelChanged.ChangeKind;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Each change of a channel is announced with {@link ChannelChanged}, naming what happened. */
@IntegrationTest
@EnableScenarios
@WithMockUser(username = "admin", authorities = { "ROLE_SYSTEM_ADMIN", "STAFF" })
class ChannelEventsTests {

	@Autowired
	ChannelManagement channels;

	@Autowired
	TestSites sites;

	@Test
	void aNewChannelIsAnnounced(Scenario scenario) {
		long siteId = sites.newSite();

		scenario.stimulate(() -> channels.create(siteId, null, details("news")))
			.andWaitForEventOfType(ChannelChanged.class)
			.matching(event -> event.siteId() == siteId)
			.toArriveAndVerify((event, id) -> {
				assertThat(event.channelId()).isEqualTo(id);
				assertThat(event.kind()).isEqualTo(ChangeKind.CREATED);
			});
	}

	@Test
	void aMoveUnderAnotherParentIsAMoveAndAMoveAmongSiblingsAReorder(Scenario scenario) {
		long siteId = sites.newSite();
		long news = channels.create(siteId, null, details("news"));
		long notices = channels.create(siteId, null, details("tzgg"));

		scenario.stimulate(() -> channels.move(notices, news, null))
			.andWaitForEventOfType(ChannelChanged.class)
			.matching(event -> event.channelId() == notices && event.kind() != ChangeKind.CREATED)
			.toArriveAndVerify(event -> assertThat(event.kind()).isEqualTo(ChangeKind.MOVED));
		long guide = channels.create(siteId, news, details("guide"));
		scenario.stimulate(() -> channels.moveUp(guide))
			.andWaitForEventOfType(ChannelChanged.class)
			.matching(event -> event.kind() == ChangeKind.REORDERED)
			.toArriveAndVerify(event -> assertThat(event.channelId()).isEqualTo(guide));
		assertThat(channels.tree(siteId).getFirst().children()).extracting(node -> node.channel().code())
			.containsExactly("guide", "tzgg");
	}

	@Test
	void archivingIsAnnounced(Scenario scenario) {
		long siteId = sites.newSite();
		long topic = channels.create(siteId, null, details("ztzl"));

		scenario.stimulate(() -> channels.archive(topic))
			.andWaitForEventOfType(ChannelChanged.class)
			.matching(event -> event.kind() == ChangeKind.ARCHIVED)
			.toArriveAndVerify(event -> assertThat(event.channelId()).isEqualTo(topic));
	}

	private static ChannelDetails details(String code) {
		return ChannelDetails.of("栏目" + code, code, ChannelKind.NEWS, "县政府办公室", "张三");
	}
}
