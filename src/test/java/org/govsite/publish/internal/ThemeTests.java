package org.govsite.publish.internal;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the default theme puts on pages (SPEC.md §4), and what a site's template cannot do. */
class ThemeTests {

	private final PageBuilder pages = new PageBuilder(new Theme(Map.of()), PageFixtures.site());

	@Test
	void everyPageHasTheFooterTheNormsAskFor() {
		Document home = Jsoup.parse(pages.home(PageFixtures.homeBlocks()).content());
		String footer = home.select("footer").text();
		assertThat(footer).contains("示例县人民政府办公室", "4416020005", "粤ICP备12345678号", "粤公网安备44160202000001号",
				"网站地图", "我为政府网站找错", "更新日期", "0752-1234567", "示例县人民路1号");
		// citizens reach the counterfeit-site report (secops' public form) from every published page
		assertThat(home.select("footer a[href=/letters/counterfeit]").text()).isEqualTo("举报仿冒网站");
		assertThat(home.select("meta[name=SiteIDCode]").attr("content")).isEqualTo("4416020005");
		assertThat(home.select("meta[name=SiteName]").attr("content")).isEqualTo("示例县人民政府");
		assertThat(home.select(".gs-notices").text()).contains("示例县教育局网站已开通。");
		assertThat(home.select(".gs-nav a").eachText()).containsExactly("首页", "新闻动态", "政务公开", "互动交流");
	}

	@Test
	void aPolicyDocumentShowsItsDisclosureTableAndItsInterpretation() {
		Document page = Jsoup.parse(pages.document(PageFixtures.policy(), PageFixtures.POLICY,
				related -> "art/2/t2003.html", id -> "files/x.jpg").content());
		assertThat(page.select(".gs-disclosure th").eachText()).contains("索引号", "文号", "发布机构", "成文日期", "有效性");
		assertThat(page.select(".gs-disclosure td").eachText()).contains("示政办发〔2026〕3号", "有效");
		assertThat(page.select(".gs-related a").attr("href")).isEqualTo("../../art/2/t2003.html");
		assertThat(page.select(".gs-related h2").text()).isEqualTo("政策解读");
		assertThat(page.select("svg.gs-qr path").attr("d")).isNotEmpty();
		assertThat(page.select("meta[name=PubDate]").attr("content")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
		assertThat(page.select(".gs-crumbs a").eachText()).containsExactly("首页", "政务公开", "政策文件");
	}

	@Test
	void picturesAndAttachmentsPointAtThePublishedFiles() {
		Page page = pages.document(PageFixtures.article(), PageFixtures.NEWS, related -> null,
				id -> "files/" + PageFixtures.picture().sha256() + ".jpg");
		Document html = Jsoup.parse(page.content());
		assertThat(html.select(".gs-article img").attr("src"))
			.isEqualTo("../../files/" + PageFixtures.picture().sha256() + ".jpg");
		assertThat(html.select(".gs-attachments a").attr("href"))
			.isEqualTo("../../files/" + PageFixtures.pdf().sha256() + ".pdf");
		assertThat(page.files()).containsEntry("files/" + PageFixtures.picture().sha256() + ".jpg", 502L)
			.containsEntry("files/" + PageFixtures.pdf().sha256() + ".pdf", 501L);
	}

	@Test
	void aDepartmentSiteShowsItsPortalsLogoLinkingThere() {
		Document page = Jsoup.parse(new PageBuilder(new Theme(Map.of()), PageFixtures.departmentSite()).home(Map.of())
			.content());
		assertThat(page.select("a.gs-portal").attr("href")).isEqualTo("https://www.example.gov.cn/");
		assertThat(page.select("a.gs-portal").text()).isEqualTo("示例县人民政府");
	}

	@Test
	void aSiteTemplateCanReplaceADefaultOne() {
		Theme theme = new Theme(Map.of("notfound", "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>找不到</title></head>"
				+ "<body><h1 th:text=\"${frame.site.name}\">站点</h1></body></html>"));
		assertThat(new PageBuilder(theme, PageFixtures.site()).notFound().content()).contains("<h1>示例县人民政府</h1>");
	}

	@Test
	void aSiteTemplateReachesNoClassAndNoBean() {
		for (String expression : List.of("${T(java.lang.Runtime).getRuntime().availableProcessors()}",
				"${@staffAccess}", "${new java.io.File('/').list()}")) {
			Theme theme = new Theme(Map.of("notfound", "<p th:text=\"" + expression + "\">x</p>"));
			assertThatThrownBy(() -> new PageBuilder(theme, PageFixtures.site()).notFound()).as(expression)
				.isInstanceOf(RuntimeException.class);
		}
	}

	@Test
	void userTextIsNeverEvaluated() {
		Document page = Jsoup.parse(pages.channelPage(PageFixtures.NEWS, new ListLayout(1, 20), 0,
				List.of(PageFixtures.entry(1, PageFixtures.NEWS.id(), "[[${T(java.lang.System).exit(1)}]]<script>", 0)),
				Map.of()).content());
		assertThat(page.select(".gs-list a").text()).isEqualTo("[[${T(java.lang.System).exit(1)}]]<script>");
	}
}
