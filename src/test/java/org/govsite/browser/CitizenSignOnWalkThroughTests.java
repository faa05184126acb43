package org.govsite.browser;

import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import org.govsite.content.ContentFixtures;
import org.govsite.identity.StaffRole;
import org.govsite.interaction.LetterHandling;
import org.govsite.interaction.MailboxKind;
import org.govsite.interaction.MailboxSettings;
import org.govsite.platform.RunAs;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.site.SiteKind;
import org.govsite.test.BrowserTest;
import org.govsite.test.TestOidcProvider;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen signs in through the provincial 统一身份认证平台 (a real OpenID Connect provider on
 * loopback: Spring Authorization Server), gets an account named from the provider's claims, writes
 * a letter while signed in and finds it on 我的; signed out, 我的 asks for the sign-in again, and
 * the citizen was never anyone in the console.
 */
@BrowserTest
class CitizenSignOnWalkThroughTests {

	@LocalServerPort
	int port;

	@Autowired
	PublishFixtures sites;

	@Autowired
	ContentFixtures content;

	@Autowired
	LetterHandling handling;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCitizenSignsInThroughTheProvincialPlatformAndSeesTheLetterOnMine(Page page) {
		TestOidcProvider.startFor("http://127.0.0.1:" + port + "/citizen/login/oauth2/code/province");
		TestSite portal = sites.onlineSite();
		long department = content.site(SiteKind.DEPARTMENT, portal.id());
		long mailbox = RunAs.actor("letters-setup", () -> handling.createMailbox(portal.id(),
				MailboxSettings.of("县长信箱", MailboxKind.LEADER, false, List.of(department))),
				StaffRole.SITE_MANAGER.forSite(portal.id()), StaffRole.STAFF_AUTHORITY);

		page.setViewportSize(1280, 900);
		page.navigate("/citizen/login");
		accessible(page, "citizen-login");
		page.locator("#sso").click();
		assertThat(page).hasURL(Pattern.compile(TestOidcProvider.ISSUER.replace(".", "\\.") + "/login"));
		page.locator("#username").fill(TestOidcProvider.USERNAME);
		page.locator("#password").fill(TestOidcProvider.PASSWORD);
		page.locator("button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*127\\.0\\.0\\.1:" + port + "/my$"));
		assertThat(page.locator("main")).containsText(TestOidcProvider.NAME);
		assertThat(page.locator("main")).containsText(TestOidcProvider.EMAIL);
		accessible(page, "citizen-mine-empty");

		page.navigate("/letters/write?mailbox=" + mailbox);
		page.locator("#name").fill("赵六");
		page.locator("label:has-text('先生') input").check();
		page.locator("#phone").fill("13912340066");
		page.locator("#subject").fill("建议延长图书馆周末开放时间");
		page.locator("#content").fill("县图书馆周末下午五点闭馆，希望延长到晚上八点。");
		page.locator("form.letter button[type=submit]").click();
		assertThat(page.locator("h1")).hasText("来信已提交");

		page.navigate("/my");
		assertThat(page.locator("table.letters")).containsText("建议延长图书馆周末开放时间");
		assertThat(page.locator("table.letters")).containsText("待受理");
		accessible(page, "citizen-mine");
		long citizen = jdbc.sql("select citizen_id from interaction_letter where subject = '建议延长图书馆周末开放时间'")
			.query(Long.class).single();
		assertThat(jdbc.sql("select issuer from identity_citizen where id = ?").param(citizen).query(String.class).single())
			.isEqualTo(TestOidcProvider.ISSUER);

		page.navigate("/admin");
		assertThat(page).hasURL(Pattern.compile(".*/login$"));

		page.navigate("/my");
		page.getByText("退出登录").click();
		assertThat(page.locator("main")).containsText("您已退出登录");
		page.navigate("/my");
		assertThat(page).hasURL(Pattern.compile(".*/citizen/login$"));
	}

	private static void accessible(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Paths.get("target", "citizen-pages", name + ".png")));
		List<String> serious = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze()
			.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(rule -> rule.getId() + ": " + rule.getHelp())
			.toList();
		assertThat(serious).as(name).isEmpty();
	}
}
