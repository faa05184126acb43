package org.govsite.browser;

import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import org.govsite.test.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen reports a counterfeit site from the public form in a real browser: the page's script
 * solves the letters' challenge, the report is taken as 待核实, and neither page has a serious
 * accessibility problem (axe-core).
 */
@BrowserTest
class CounterfeitReportWalkThroughTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCitizenReportsACounterfeitSite(Page page) {
		String domain = "gov-" + UUID.randomUUID().toString().substring(0, 8) + ".cn";
		page.setViewportSize(1280, 900);
		page.navigate("/letters/counterfeit");
		accessible(page, "form");
		page.locator("#address").fill("http://" + domain + "/");
		page.locator("#description").fill("短信里的链接打开后是仿冒县政府门户的页面，要求填写银行卡号。");
		page.locator("form.letter button[type=submit]").click();
		assertThat(page.locator("h1")).hasText("举报已收到");
		accessible(page, "written");
		assertThat(jdbc.sql("select state from secops_counterfeit where domain = ? and source = 'CITIZEN'").param(domain)
			.query(String.class).single()).isEqualTo("REPORTED");
	}

	private static void accessible(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Paths.get("target", "counterfeit-report", name + ".png")));
		List<String> serious = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze()
			.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(CounterfeitReportWalkThroughTests::describe)
			.toList();
		assertThat(serious).as(name).isEmpty();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " "
				+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(3).toList();
	}
}
