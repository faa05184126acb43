package org.govsite.browser;

import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.govsite.identity.Grant;
import org.govsite.identity.StaffRole;
import org.govsite.identity.TestAccounts;
import org.govsite.interaction.Interviews;
import org.govsite.interaction.NewInterview;
import org.govsite.interaction.NewSurvey;
import org.govsite.interaction.QuestionKind;
import org.govsite.interaction.Surveys;
import org.govsite.platform.RunAs;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.test.BrowserTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public participation in a real Chromium: a citizen answers a survey, confirms by the emailed
 * link and cannot answer twice, and staff publish the results with a chart; a citizen sends an
 * opinion on a draft, a moderator passes it, the adoption report is published; an interview runs
 * with a question passed during it appearing on a second page without reloading it, and is archived.
 */
@BrowserTest
class ParticipationWalkThroughTests {

	@Autowired
	PublishFixtures sites;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Surveys surveys;

	@Autowired
	Interviews interviews;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aCitizenAnswersASurveyOnceAndStaffPublishTheResultsWithAChart(Page page) {
		TestSite portal = sites.onlineSite();
		String handler = staff(portal.id());
		LocalDate today = LocalDate.now(clock);
		long id = RunAs.actor(handler, () -> surveys.create(portal.id(), new NewSurvey("公共交通满意度调查", "请如实填写。", today, today,
				List.of(new NewSurvey.Question(QuestionKind.SINGLE, "您对公交服务满意吗？", true, List.of("满意", "基本满意", "不满意")),
						new NewSurvey.Question(QuestionKind.MULTIPLE, "您常坐哪些线路？", false, List.of("1路", "2路")),
						new NewSurvey.Question(QuestionKind.TEXT, "您的建议", false, List.of())))),
				StaffRole.LETTER_HANDLER.forSite(portal.id()), StaffRole.STAFF_AUTHORITY);
		String email = TestAccounts.uniqueName("citizen") + "@example.cn";

		page.context().clearCookies();
		page.navigate("/letters/surveys/" + id);
		accessible(page, "survey");
		answer(page, id, email);
		assertThat(page.locator(".done")).containsText("答卷已提交");
		String token = jdbc.sql("select confirm_token from interaction_survey_response where survey_id = :s").param("s", id)
			.query(String.class).single();
		page.navigate("/letters/surveys/confirm?token=" + token);
		assertThat(page.locator("h1")).hasText("答卷已确认");
		answer(page, id, email);
		assertThat(page.locator(".error")).hasText("该电子邮箱已参加过本次调查，每人限答一次。");

		signIn(page, handler);
		page.navigate("/admin/participation/surveys/" + id);
		assertThat(page.locator("#responses")).hasText("1");
		clock.setTo(today.plusDays(1).atTime(9, 0));
		page.reload();
		page.locator("#publish button").click();
		assertThat(page.locator("main")).containsText("调查结果已公布");

		page.context().clearCookies();
		page.navigate("/letters/surveys/" + id + "/results");
		assertThat(page.locator("#responses")).hasText("有效答卷 1 份。");
		assertThat(page.locator(".chart canvas").first()).isVisible();
		assertThat(page.locator("#xlsx")).hasAttribute("href", "/letters/surveys/" + id + "/results.xlsx");
		accessible(page, "survey-results");
	}

	private static void answer(Page page, long id, String email) {
		page.navigate("/letters/surveys/" + id);
		page.locator("#question-1 label:has-text('基本满意') input").check();
		page.locator("#question-2 label:has-text('2路') input").check();
		page.locator("#email").fill(email);
		page.locator("form.survey button[type=submit]").click();
	}

	@Test
	void anOpinionOnADraftIsModeratedAndTheAdoptionReportPublished(Page page) {
		TestSite portal = sites.onlineSite();
		String handler = staff(portal.id());
		LocalDate today = LocalDate.now(clock);
		signIn(page, handler);
		page.navigate("/admin/participation");
		page.locator("#s-site").selectOption(String.valueOf(portal.id()));
		page.locator("#s-title").fill("关于《城市绿化管理办法（征求意见稿）》公开征求意见");
		page.locator("#s-draft").fill("第一条 为了加强城市绿化管理，制定本办法。");
		page.locator("#s-closes").fill(today.plusDays(10).toString());
		page.locator("#new-solicitation button[type=submit]").click();
		assertThat(page.locator("main")).containsText("意见征集已发布");
		String console = page.url();
		long id = Long.parseLong(console.replaceAll(".*/solicitations/(\\d+).*", "$1"));

		page.context().clearCookies();
		page.navigate("/letters/solicitations/" + id);
		page.locator("#name").fill("周先生");
		page.locator("#content").fill("建议利用边角地建设口袋公园。<b>谢谢</b>");
		accessible(page, "solicitation");
		page.locator("#opinion-form button[type=submit]").click();
		assertThat(page.locator(".done")).containsText("您的意见已提交");
		assertThat(page.locator("main")).containsText("暂无公开的意见");

		signIn(page, handler);
		page.navigate(console);
		page.locator("#opinions button.pass").click();
		assertThat(page.locator("main")).containsText("意见已审核通过");

		page.context().clearCookies();
		page.navigate("/letters/solicitations/" + id);
		assertThat(page.locator("#opinions")).containsText("建议利用边角地建设口袋公园。<b>谢谢</b>");

		clock.setTo(today.plusDays(11).atTime(9, 0));
		signIn(page, handler);
		page.navigate(console);
		page.locator("#opinions select").selectOption("PARTLY");
		page.locator("#opinions input[name=reason]").fill("选址另行论证。");
		page.locator("#opinions form.adopt button").click();
		assertThat(page.locator("main")).containsText("已记录采用情况");
		page.locator("#summary").fill("共收到意见 1 条。");
		page.locator("#report").fill("部分采纳 1 条：口袋公园纳入规划。");
		page.locator("#publish button").click();
		assertThat(page.locator("main")).containsText("采用情况已公布");

		page.context().clearCookies();
		page.navigate("/letters/solicitations/" + id);
		assertThat(page.locator("#report")).containsText("部分采纳 1 条：口袋公园纳入规划。");
		assertThat(page.locator("#opinions")).containsText("部分采纳：选址另行论证。");
		accessible(page, "solicitation-report");
	}

	@Test
	void aQuestionPassedDuringTheInterviewAppearsLiveOnAnotherPage(Page page) {
		TestSite portal = sites.onlineSite();
		String handler = staff(portal.id());
		long id = RunAs.actor(handler, () -> interviews.schedule(portal.id(), new NewInterview("优化营商环境在线访谈", "县发展改革局局长",
				"介绍优化营商环境的新举措。", LocalDateTime.now(clock).plusMinutes(5))),
				StaffRole.LETTER_HANDLER.forSite(portal.id()), StaffRole.STAFF_AUTHORITY);
		signIn(page, handler);
		page.navigate("/admin/participation/interviews/" + id);
		page.locator("#start").click();
		assertThat(page.locator("#interview-state")).hasText("正在直播");

		Page watcher = page.context().newPage();
		watcher.navigate("/letters/interviews/" + id);
		assertThat(watcher.locator("#interview-state")).hasText("正在直播");
		watcher.locator("#name").fill("李四");
		watcher.locator("#content").fill("开办企业要几天？<img src=x>");
		watcher.locator("#ask button[type=submit]").click();
		assertThat(watcher.locator(".done")).containsText("您的问题已提交");
		assertThat(watcher.locator("#transcript")).not().containsText("开办企业要几天");

		page.reload();
		page.locator("#questions button.pass").click();
		assertThat(page.locator("main")).containsText("提问已通过");
		assertThat(watcher.locator("#transcript")).containsText("网友 李四：开办企业要几天？<img src=x>");
		page.locator("#questions input[name=speaker]").fill("王局长");
		page.locator("#questions textarea[name=text]").fill("全程网办，一个工作日内办结。");
		page.locator("#questions form.answer button").click();
		assertThat(watcher.locator("#transcript")).containsText("王局长：全程网办，一个工作日内办结。");

		BrowserContext plain = page.context().browser().newContext(new Browser.NewContextOptions()
			.setJavaScriptEnabled(false).setBaseURL(page.url().replaceAll("(https?://[^/]+).*", "$1")));
		Page reader = plain.newPage();
		reader.navigate("/letters/interviews/" + id);
		assertThat(reader.locator("#transcript")).containsText("全程网办，一个工作日内办结。");
		plain.close();
		accessible(watcher, "interview");

		page.locator("#end").click();
		page.locator("#archive").click();
		assertThat(page.locator("#interview-state")).hasText("已归档");
		watcher.reload();
		assertThat(watcher.locator("#interview-state")).hasText("已归档");
		assertThat(watcher.locator("#transcript")).containsText("全程网办，一个工作日内办结。");
		assertThat(watcher.locator("form")).hasCount(0);
		watcher.close();

		// the archive is a static page of the site too, linked from the site's list of interviews
		page.context().clearCookies();
		page.navigate("/letters/participation?site=" + portal.code());
		assertThat(page.locator("#interviews a.archive-page"))
			.hasAttribute("href", "/sites/" + portal.code() + "/fangtan/" + id + ".html");
		String archived = "/sites/" + portal.code() + "/fangtan/" + id + ".html";
		for (int tries = 0; tries < 60 && page.navigate(archived).status() != 200; tries++) {
			page.waitForTimeout(500);
		}
		assertThat(page.locator("h1")).hasText("优化营商环境在线访谈");
		assertThat(page.locator("main")).containsText("网友 李四：开办企业要几天？<img src=x>");
		assertThat(page.locator("main")).containsText("王局长：全程网办，一个工作日内办结。");
		page.navigate("/sites/" + portal.code() + "/fangtan/index.html");
		assertThat(page.locator("main a:has-text('优化营商环境在线访谈')")).hasAttribute("href", "../fangtan/" + id + ".html");
	}

	private static void accessible(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Paths.get("target", "participation-pages", name + ".png")));
		List<String> serious = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze()
			.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(rule -> rule.getId() + ": " + rule.getHelp() + " "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(3).toList())
			.toList();
		assertThat(serious).as(name).isEmpty();
	}

	private String staff(long siteId) {
		String username = TestAccounts.uniqueName("participation");
		accounts.create(username, Grant.site(StaffRole.LETTER_HANDLER, siteId));
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
}
