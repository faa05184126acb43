package org.govsite.publish.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, the page norms of every page kind: a search box in the header, a copyright line, the
 * 网络举报 (12377) badge link, the site's own favicon, a menu button for phones; no "建议使用
 * 1280×800" line.
 */
class PageNormsTests {

	private final PageBuilder pages = new PageBuilder(new Theme(Map.of()), PageFixtures.site());

	@Test
	void everyPageKindHasTheNorms() {
		for (Page page : List.of(pages.home(PageFixtures.homeBlocks()),
				pages.channelPage(PageFixtures.NEWS, new ListLayout(45, 20), 0, PageFixtures.entries(PageFixtures.NEWS.id(), 25), Map.of()),
				pages.document(PageFixtures.article(), PageFixtures.NEWS, related -> null, id -> "files/x.jpg"),
				pages.siteMap(), pages.notFound(),
				new PageBuilder(new Theme(Map.of()), PageFixtures.departmentSite()).home(Map.of()))) {
			ThemePagesTests.assertValid(page);
			Document html = Jsoup.parse(page.content());
			String where = page.path();
			assertThat(html.select("header form[role=search][action=/search] input[name=q]")).as(where).hasSize(1);
			assertThat(html.select("footer .gs-copyright").text()).as(where).startsWith("版权所有 © 2026 ");
			assertThat(html.select("footer a.gs-report").attr("href")).as(where).isEqualTo("https://www.12377.cn/");
			assertThat(html.select("footer a.gs-report").text()).as(where).contains("12377");
			assertThat(html.select("link[rel=icon]").attr("href")).as(where).contains("assets/");
			String menu = html.select("nav.gs-nav button.gs-menu-toggle").attr("aria-controls");
			assertThat(menu).as(where).isNotEmpty();
			assertThat(html.getElementById(menu)).as(where).isNotNull();
			assertThat(html.text()).as(where).doesNotContain("1280");
		}
	}

	@Test
	void eachSiteHasItsOwnIcon() {
		assertThat(SiteIcon.mark("示例县教育局", "示例县人民政府")).isEqualTo("教");
		assertThat(SiteIcon.mark("示例县人民政府", null)).isEqualTo("示");
		String portal = SiteIcon.path(PageFixtures.portal(), null);
		String department = SiteIcon.path(PageFixtures.department(), PageFixtures.portal());
		assertThat(portal).startsWith("assets/icon.").endsWith(".svg").isNotEqualTo(department);
		assertThat(new String(SiteIcon.svg(PageFixtures.department(), PageFixtures.portal()), StandardCharsets.UTF_8))
			.contains(">教</text>");
	}

	/** Issue 12 part 5: a detail page shows 来源, 作者 and 责任编辑 wherever they are known. */
	@Test
	void aDetailPageShowsItsSourceAuthorAndResponsibleEditor() {
		org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(pages.document(PageFixtures.article(), PageFixtures.NEWS,
				related -> null, id -> "files/x.jpg").content());
		org.assertj.core.api.Assertions.assertThat(html.select(".gs-doc-meta").text())
			.contains("来源：示例县人民政府办公室", "作者：李四");
		org.assertj.core.api.Assertions.assertThat(html.select(".gs-editor").text()).isEqualTo("责任编辑：赵六");
		// a policy document too
		org.jsoup.nodes.Document policy = org.jsoup.Jsoup.parse(pages.document(PageFixtures.policy(), PageFixtures.POLICY,
				related -> null, id -> "files/x.jpg").content());
		org.assertj.core.api.Assertions.assertThat(policy.select(".gs-doc-meta").text()).contains("来源：示例县人民政府办公室");
	}
}
