package org.govsite.publish.internal;

import org.govsite.site.SiteState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The address of a site that is not online says why, in Chinese, in valid HTML, with a fitting status. */
class SiteUnavailablePageTests {

	@Test
	void eachStateHasItsPageAndStatus() {
		assertPage(SiteUnavailablePage.of("示例县教育局", SiteState.APPLIED), 404, "网站尚未开通");
		assertPage(SiteUnavailablePage.of("示例县教育局", SiteState.APPROVED), 404, "网站尚未开通");
		assertPage(SiteUnavailablePage.of("示例县教育局", SiteState.TEMPORARILY_OFFLINE), 503, "网站临时下线");
		assertPage(SiteUnavailablePage.of("示例县教育局", SiteState.CLOSED), 410, "网站已关停");
		assertPage(SiteUnavailablePage.of(null, null), 404, "未找到该网站");
	}

	@Test
	void theSitesNameIsText() {
		assertThat(SiteUnavailablePage.of("<b>县</b>", SiteState.APPLIED).html()).contains("&lt;b&gt;县&lt;/b&gt;");
	}

	private static void assertPage(SiteUnavailablePage.Answer answer, int status, String title) {
		assertThat(answer.status()).isEqualTo(status);
		assertThat(answer.html()).contains("<title>" + title).contains("lang=\"zh-CN\"");
		assertThat(HtmlChecker.errors(answer.html())).as(answer.html()).isEmpty();
	}
}
