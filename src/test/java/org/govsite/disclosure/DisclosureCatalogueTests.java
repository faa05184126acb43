package org.govsite.disclosure;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.govsite.channel.ChannelDetails;
import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelManagement;
import org.govsite.channel.ChannelOutline;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.content.ReviewWorkflow;
import org.govsite.identity.StaffRole;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.publish.PublishJobs;
import org.govsite.publish.internal.HtmlChecker;
import org.govsite.test.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disclosure catalogue on the published site (issue 16 part 1): the area's page with each
 * channel, its categories, an empty channel's explanatory note and the 依申请公开 entry; the
 * entries by 主题分类, by 索引号 (year), by 发布机构, by 效力等级 and by 有效性; the annual report published as a page of the site
 * (part 4) and listed by year; a page no longer given taken off the site. Every page passes the
 * Nu HTML Checker, and has its traditional-Chinese copy.
 */
@IntegrationTest
class DisclosureCatalogueTests {

	/** Its own 索引号, as the library keeps each once. */
	private static final String INDEX_NUMBER = "11460000MB0000000X/2026-99001";

	@Autowired
	PublishFixtures publishing;

	@Autowired
	PublishJobs publishJobs;

	@Autowired
	ChannelManagement channels;

	@Autowired
	ReviewWorkflow workflow;

	@Autowired
	DisclosureReports reports;

	@Test
	void theCatalogueAndTheAnnualReportArePagesOfTheSite() {
		TestSite site = publishing.onlineSite();
		Staff admin = new Staff("catalogue-admin", List.of(StaffRole.SYSTEM_ADMIN.authority()));
		admin.run(() -> channels.createTree(site.id(), site.open(), List.of(ChannelOutline.of(new ChannelDetails("行政事业性收费", "xzsf",
				ChannelKind.DISCLOSURE, null, "办公室", "王五", null, "本机关不收取行政事业性收费，本栏目无需要公开的信息。", null)))));
		long policy = publishing.policyWithInterpretation(site, INDEX_NUMBER)[0];
		publishJobs.publishSite(site.id());
		publishing.publishQueued();

		Map<String, String> files = publishing.files(site.code());
		Document area = page(files, "disclosure/index.html");
		assertThat(area.select("main h1").text()).isEqualTo("政府信息公开");
		assertThat(area.select("section:has(h2:containsOwn(政策文件)) a").eachText())
			.contains("发布测试县人民政府办公室关于印发政务公开工作规范的通知");
		assertThat(area.select("section:has(h2:containsOwn(政策文件)) a").first().attr("href"))
			.isEqualTo("../art/" + policy / 1000 + "/t" + policy + ".html");
		assertThat(area.select("section:has(h2:containsOwn(行政事业性收费)) .gs-note").text())
			.isEqualTo("本机关不收取行政事业性收费，本栏目无需要公开的信息。");
		assertThat(area.select("section:has(h2:containsOwn(依申请公开)) a").eachAttr("href"))
			.containsExactly("/disclosure/apply?site=" + site.code(), "/disclosure/query");
		assertThat(area.select("section:has(h2:containsOwn(年度报告)) .gs-note").text()).contains("尚未");

		Document subjects = page(files, "disclosure/subjects/index.html");
		assertThat(subjects.select("tr:has(th:containsOwn(综合政务)) a").attr("href")).isEqualTo("../../disclosure/subjects/2.html");
		assertThat(subjects.select("tr:has(th:containsOwn(国防)) td").text()).isEqualTo("暂无信息");
		Document general = page(files, "disclosure/subjects/2.html");
		assertThat(general.select("td").eachText()).contains(INDEX_NUMBER, "发布测试县人民政府办公室", "2026-02-20", "有效");
		assertThat(page(files, "disclosure/numbers/2026.html").select("td").eachText()).contains(INDEX_NUMBER);
		assertThat(page(files, "disclosure/numbers/index.html").select(".gs-items a").eachText()).containsExactly("2026 年");
		assertThat(page(files, "disclosure/issuers.html").select(".gs-items a").eachText()).contains("发布测试县人民政府办公室");
		assertThat(page(files, "disclosure/kinds.html").select(".gs-items a").eachText()).containsExactly("行政规范性文件");
		assertThat(page(files, "disclosure/validity.html").select(".gs-items a").eachText()).containsExactly("有效");
		assertThat(page(files, "disclosure/validity/valid.html").select("td").eachText()).contains(INDEX_NUMBER);
		assertThat(files).containsKey("zh-hant/disclosure/index.html");
		assertThat(new String(files.get("zh-hant/disclosure/index.html").getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8))
			.contains("政府信息公開");

		// part 4: the year's report, once published, is a page of the site and listed by year
		DisclosureFixtures.handler(site).run(() -> reports.publish(site.id(), 2025));
		publishing.publishQueued();
		files = publishing.files(site.code());
		Document report = page(files, "disclosure/annual/2025.html");
		assertThat(report.select("main h1").text()).endsWith("2025年政府信息公开工作年度报告");
		assertThat(report.select("main h2").eachText()).containsExactly("一、总体情况", "二、主动公开政府信息情况",
				"三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
		assertThat(report.select("table:has(caption:containsOwn(三、收到和处理)) tbody tr")).hasSize(25);
		assertThat(page(files, "disclosure/annual/index.html").select(".gs-items a").eachText()).containsExactly("2025 年度报告");
		assertThat(page(files, "disclosure/index.html").select("section:has(h2:containsOwn(年度报告)) a").attr("href"))
			.isEqualTo("../disclosure/annual/2025.html");

		// withdrawn, the entry leaves the catalogue, and the pages that only it filled leave the site
		site.reviewer().run(() -> workflow.withdraw(policy, "已被新规范替代"));
		publishing.publishQueued();
		files = publishing.files(site.code());
		assertThat(files).doesNotContainKeys("disclosure/subjects/2.html", "disclosure/numbers/2026.html",
				"zh-hant/disclosure/subjects/2.html");
		assertThat(page(files, "disclosure/subjects/index.html").select("tr:has(th:containsOwn(综合政务)) td").text())
			.isEqualTo("暂无信息");
	}

	private static Document page(Map<String, String> files, String path) {
		assertThat(files).containsKey(path);
		String html = new String(files.get(path).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
		assertThat(HtmlChecker.errors(html)).as(path).isEmpty();
		return Jsoup.parse(html);
	}
}
