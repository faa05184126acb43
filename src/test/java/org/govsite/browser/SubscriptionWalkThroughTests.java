package org.govsite.browser;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import jakarta.mail.internet.MimeMessage;
import org.govsite.content.ContentFixtures;
import org.govsite.identity.TestAccounts;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishJobs;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.test.BrowserTest;
import org.govsite.test.TestMailServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subscriber in a real Chromium, with the application's emails caught by a real SMTP server
 * (GreenMail): subscribes to a site's news from the form its pages' footer links to, confirms by the
 * emailed link, gets the email of a new document with its address, and unsubscribes by the
 * email's link without signing in.
 */
@BrowserTest
class SubscriptionWalkThroughTests {

	static final Duration MAIL = Duration.ofSeconds(60);

	@Autowired
	PublishFixtures sites;

	@Autowired
	ContentFixtures content;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublishJobs publishJobs;

	@Test
	void aSubscriberConfirmsGetsTheNewDocumentAndUnsubscribesByTheEmailsLinks(Page page) throws Exception {
		TestSite site = sites.onlineSite();
		String email = TestAccounts.uniqueName("subscriber") + "@example.cn";
		publishJobs.publishSite(site.id());
		page.context().clearCookies();
		// the publish worker writes the home page on its own: wait for it (at most 30 s)
		for (int tries = 0; tries < 60 && !served(page, "/sites/" + site.code() + "/"); tries++) {
			page.waitForTimeout(500);
		}
		page.locator(".gs-footer-links a:has-text('邮件订阅')").click();
		assertThat(page).hasURL(Pattern.compile(".*/subscribe\\?site=" + site.code()));
		assertThat(page.locator("h1")).containsText("订阅");
		page.locator("#channels label:has-text('新闻动态') input").check();
		page.locator("#email").fill(email);
		page.locator("#frequency input[value=IMMEDIATE]").check();
		page.locator("form.subscribe button[type=submit]").click();
		assertThat(page.locator(".done")).containsText("订阅申请已提交");

		MimeMessage confirmation = TestMailServer.await(email, message -> TestMailServer.subject(message).contains("请确认订阅"), MAIL);
		String confirm = link(TestMailServer.text(confirmation), "/subscribe/confirm");
		page.navigate(confirm);
		assertThat(page.locator("h1")).hasText("订阅已确认");
		assertThat(page.locator(".done")).containsText("实时推送");

		String title = "县政府召开优化营商环境推进会" + site.code();
		long document = content.published(site.editor(), site.reviewer(), site.id(), site.news(), title);
		MimeMessage news = TestMailServer.await(email, message -> TestMailServer.subject(message).contains(title), MAIL);
		String text = TestMailServer.text(news);
		assertThat(text).contains(title).contains("/sites/" + site.code() + "/").contains(Long.toString(document));
		assertThat(news.getHeader("List-Unsubscribe", null)).contains("/api/public/subscriptions/unsubscribe?token=");

		// the links are absolute at the platform's address (govsite.console-url); the test's server has a port of its own
		page.navigate(link(text, "/subscribe/unsubscribe").replaceFirst("^https?://[^/]+", ""));
		assertThat(page.locator("h1")).hasText("已退订");
		assertThat(page.locator(".done")).containsText("您的邮箱地址已删除");
		assertThat(jdbc.sql("select count(*) from interaction_subscription where site_id = ?").param(site.id())
			.query(Integer.class).single()).isZero();
	}

	private static boolean served(Page page, String path) {
		try {
			return page.navigate(path).status() == 200;
		}
		catch (PlaywrightException notYet) {
			return false;
		}
	}

	private static String link(String text, String path) {
		Matcher matcher = Pattern.compile("https?://\\S+" + Pattern.quote(path) + "\\?token=\\S+").matcher(text);
		assertThat(matcher.find()).as("a link to %s in %s", path, text).isTrue();
		return matcher.group();
	}
}
