package org.govsite.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.search.AssistantFixtures;
import org.govsite.search.SearchFixtures;
import org.govsite.test.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 22 part 4: a citizen asks a site's 智能问答, reads the 知识库's answer with its source, then
 * asks what the site has no answer for and turns that question into a letter, the form filled in.
 */
@BrowserTest
class AssistantWalkThroughTests {

	@Autowired
	PublishFixtures fixtures;

	@Autowired
	AssistantFixtures assistant;

	@Autowired
	SearchFixtures search;

	@Test
	void aCitizenReadsAnAnswerWithItsSourceAndTurnsAnUnansweredQuestionIntoALetter(Page page) {
		TestSite site = fixtures.onlineSite();
		AssistantFixtures.Desk desk = assistant.knowledgeEntry(site, "城乡居民医疗保险每年什么时候缴费？",
				"每年9月至12月集中缴纳下一年度的城乡居民医疗保险费。");
		search.settle();

		page.navigate("/assistant?site=" + site.code());
		page.locator("#q").fill("城乡居民医疗保险什么时候缴费");
		page.locator("form.box button").click();
		assertThat(page.locator("ol.hits li").first().locator(".type")).hasText("出处：知识库");
		page.locator("ol.hits h3 a").first().click();
		assertThat(page).hasURL(Pattern.compile(".*/letters/knowledge/" + desk.entry()));
		assertThat(page.locator("main")).containsText("每年9月至12月集中缴纳");

		page.navigate("/assistant?site=" + site.code() + "&q=" + URLEncoder.encode("火星移民签证怎么申请", StandardCharsets.UTF_8));
		assertThat(page.locator("p.message")).containsText("没有找到");
		page.locator("p.letter a").click();
		assertThat(page).hasURL(Pattern.compile(".*/letters/write\\?mailbox=" + desk.mailbox() + ".*"));
		assertThat(page.locator("#content")).hasValue("火星移民签证怎么申请");
	}
}
