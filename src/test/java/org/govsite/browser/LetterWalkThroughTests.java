package org.govsite.browser;

import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import org.govsite.content.ContentFixtures;
import org.govsite.identity.Grant;
import org.govsite.identity.StaffRole;
import org.govsite.identity.TestAccounts;
import org.govsite.interaction.LetterHandling;
import org.govsite.interaction.MailboxKind;
import org.govsite.interaction.MailboxSettings;
import org.govsite.platform.RunAs;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.site.SiteKind;
import org.govsite.test.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen writes to the portal's 县长信箱 from its mailbox page and gets a query code and the
 * reply deadline; the portal's handler accepts the letter and passes it to a department; a handler
 * there replies, another reviews and sends the reply; it appears among the published replies with
 * the writer as 刘女士 only; the citizen rates it with the code. The citizen's pages have no
 * serious accessibility problem (axe-core).
 */
@BrowserTest
class LetterWalkThroughTests {

	@Autowired
	PublishFixtures sites;

	@Autowired
	ContentFixtures content;

	@Autowired
	TestAccounts accounts;

	@Autowired
	LetterHandling handling;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLetterGoesFromTheCitizenThroughTheDepartmentToThePublishedReplyAndItsRating(Page page) {
		TestSite portal = sites.onlineSite();
		long department = content.site(SiteKind.DEPARTMENT, portal.id());
		long mailbox = RunAs.actor("letters-setup", () -> handling.createMailbox(portal.id(),
				MailboxSettings.of("县长信箱", MailboxKind.LEADER, false, List.of(department))),
				StaffRole.SITE_MANAGER.forSite(portal.id()), StaffRole.STAFF_AUTHORITY);
		String handler = staff("handler", Grant.site(StaffRole.LETTER_HANDLER, portal.id()));
		String writer = staff("writer", Grant.site(StaffRole.LETTER_HANDLER, department));
		String reviewer = staff("reviewer", Grant.site(StaffRole.LETTER_HANDLER, department));

		page.setViewportSize(1280, 900);
		page.navigate("/letters?site=" + portal.code());
		accessible(page, "mailboxes");
		page.getByText("给县长信箱写信").click();
		page.locator("#name").fill("刘晓红");
		page.locator("label:has-text('女士') input").check();
		page.locator("#phone").fill("13912345678");
		page.locator("#email").fill("liu@example.cn");
		page.locator("#subject").fill("建议在学校门口设置减速带");
		page.locator("#content").fill("实验小学门口车速较快，上下学时段存在安全隐患，建议设置减速带。");
		accessible(page, "write");
		page.locator("form.letter button[type=submit]").click();
		assertThat(page.locator("h1")).hasText("来信已提交");
		String code = page.locator(".code").innerText().strip();
		assertThat(page.locator(".due")).containsText("日");
		accessible(page, "written");
		long id = jdbc.sql("select id from interaction_letter where query_code = :c").param("c", code).query(Long.class).single();
		assertThat(jdbc.sql("select mailbox_id from interaction_letter where id = :id").param("id", id).query(Long.class).single())
			.isEqualTo(mailbox);

		signIn(page, handler);
		page.navigate("/admin/letters/" + id);
		assertThat(page.locator("#phone")).hasText("139****5678");
		page.locator("#accept").click();
		assertThat(page.locator("#letter-state")).hasText("办理中");
		page.locator("#assign").click();
		assertThat(page.locator("main")).containsText("已转办");

		signIn(page, writer);
		page.navigate("/admin/letters/" + id);
		page.locator("#reply-text").fill("经县交通运输局现场查看，将于本月底前在实验小学门口设置减速带。");
		page.locator("#draft").click();
		assertThat(page.locator("#letter-state")).hasText("答复待审核");

		signIn(page, reviewer);
		page.navigate("/admin/letters/" + id);
		page.locator("#approve").click();
		assertThat(page.locator("#letter-state")).hasText("已答复");

		page.context().clearCookies();
		page.navigate("/letters/replies?mailbox=" + mailbox);
		assertThat(page.locator("main")).containsText("刘女士");
		assertThat(page.locator("main")).not().containsText("刘晓红");
		accessible(page, "replies");
		page.getByText("建议在学校门口设置减速带").click();
		assertThat(page.locator("main")).containsText("将于本月底前在实验小学门口设置减速带");
		assertThat(page.locator("main")).not().containsText("13912345678");
		assertThat(page.locator("main")).not().containsText("liu@example.cn");
		accessible(page, "reply");

		page.navigate("/letters/follow?code=" + code);
		assertThat(page.locator(".state")).hasText("已答复");
		page.locator("label:has-text('基本满意') input").check();
		page.locator("form.rate button[type=submit]").click();
		assertThat(page.locator(".done")).hasText("感谢您的评价。");
		assertThat(page.locator("main")).containsText("基本满意");
		accessible(page, "follow");

		// The portal's handler makes a 知识库 entry of it; the next citizen is offered it while typing.
		signIn(page, handler);
		page.navigate("/admin/letters/" + id);
		page.locator("#kb-question").fill("学校门口能否设置减速带？");
		page.locator("#kb-category").fill("交通出行");
		page.locator("#to-knowledge input[name=published]").check();
		page.locator("#to-knowledge button[type=submit]").click();
		assertThat(page.locator("#knowledge-state")).hasText("已公开");
		page.context().clearCookies();
		page.navigate("/letters/write?mailbox=" + mailbox);
		page.locator("#subject").fill("学校门口减速带");
		assertThat(page.locator(".alike a")).containsText("学校门口能否设置减速带？");
		accessible(page, "write-alike");
		page.navigate("/letters/knowledge?site=" + portal.code());
		assertThat(page.locator("main")).containsText("交通出行（1）");
		accessible(page, "knowledge");
		page.getByText("学校门口能否设置减速带？").click();
		assertThat(page.locator("main")).containsText("将于本月底前在实验小学门口设置减速带");
		accessible(page, "knowledge-entry");
		page.navigate("/letters/errors?site=" + portal.code() + "&url=https://www.example.gov.cn/a.html");
		accessible(page, "error-form");
	}

	private String staff(String prefix, Grant grant) {
		String username = TestAccounts.uniqueName(prefix);
		accounts.create(username, grant);
		return username;
	}

	private static void signIn(Page page, String username) {
		page.context().clearCookies();
		page.navigate("/login");
		page.locator("#username").fill(username);
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("form.form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/admin$"));
	}

	private static void accessible(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Paths.get("target", "letter-pages", name + ".png")));
		List<String> serious = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze()
			.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(LetterWalkThroughTests::describe)
			.toList();
		assertThat(serious).as(name).isEmpty();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " "
				+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(3).toList();
	}
}
