package org.govsite.report;

import org.govsite.report.internal.BotFilter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Robots are told from readers by their User-Agent. */
class BotFilterTests {

	@Test
	void browsersAreReaders() {
		assertThat(BotFilter.isRobot(BeaconTests.CHROME)).isFalse();
		assertThat(BotFilter.isRobot("Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 "
				+ "(KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1 MicroMessenger/8.0.50")).isFalse();
	}

	@Test
	void crawlersToolsAndHeadlessBrowsersAreRobots() {
		assertThat(BotFilter.isRobot("Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)")).isTrue();
		assertThat(BotFilter.isRobot("Mozilla/5.0 (compatible; Googlebot/2.1)")).isTrue();
		assertThat(BotFilter.isRobot("Sogou web spider/4.0")).isTrue();
		assertThat(BotFilter.isRobot("curl/8.5.0")).isTrue();
		assertThat(BotFilter.isRobot("python-requests/2.32")).isTrue();
		assertThat(BotFilter.isRobot("Mozilla/5.0 HeadlessChrome/140.0")).isTrue();
		assertThat(BotFilter.isRobot(null)).isTrue();
		assertThat(BotFilter.isRobot(" ")).isTrue();
	}
}
