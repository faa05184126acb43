package org.govsite.publish.internal;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The traditional copy converts what people read and keeps markup and addresses. */
class TraditionalCopyTests {

	private final PageBuilder pages = new PageBuilder(new Theme(Map.of()), PageFixtures.site());

	@Test
	void textIsConvertedAndLinksStayInTheCopy() {
		Page page = pages.document(PageFixtures.article(), PageFixtures.NEWS, related -> null, id -> "files/x.jpg");
		String copy = TraditionalCopy.html(page.content(), page.path());
		Document original = Jsoup.parse(page.content());
		Document converted = Jsoup.parse(copy);

		assertThat(converted.select("h1").text()).isEqualTo("示例縣召開2026年政務公開工作會議");
		assertThat(converted.select("html").attr("lang")).isEqualTo("zh-Hant");
		assertThat(converted.select("meta[name=ArticleTitle]").attr("content")).isEqualTo("示例縣召開2026年政務公開工作會議");
		assertThat(converted.select("meta[name=Url]").attr("content"))
			.isEqualTo(original.select("meta[name=Url]").attr("content"));
		// the page's own links keep their form (and so stay inside zh-hant/) ...
		assertThat(converted.select(".gs-nav a").eachAttr("href")).isEqualTo(original.select(".gs-nav a").eachAttr("href"));
		// ... the theme's files and attachments, not copied, are one folder further up
		assertThat(converted.select("link[rel=stylesheet]").attr("href"))
			.isEqualTo("../" + original.select("link[rel=stylesheet]").attr("href"));
		assertThat(converted.select(".gs-attachments a").attr("href"))
			.isEqualTo("../" + original.select(".gs-attachments a").attr("href"));
		assertThat(converted.select("a.gs-lang").attr("href")).isEqualTo("../../../" + page.path());
		assertThat(converted.select("a.gs-lang").text()).isEqualTo("简体");
		assertThat(converted.select(".gs-article img").attr("alt")).isEqualTo("會議現場");
	}

	@Test
	void theCopyIsValidHtml() {
		Page page = pages.document(PageFixtures.policy(), PageFixtures.POLICY, related -> "art/2/t2003.html",
				id -> "files/x.jpg");
		assertThat(HtmlChecker.errors(TraditionalCopy.html(page.content(), page.path()))).isEmpty();
	}

	@Test
	void aFeedKeepsItsMarkup() {
		Page feed = pages.rss(PageFixtures.entries(PageFixtures.NEWS.id(), 2));
		String copy = TraditionalCopy.xml(feed.content());
		assertThat(copy).contains("<rss version=\"2.0\">").contains("示例縣召開第1次全縣政務公開工作推進會")
			.contains("<link>https://www.example.gov.cn/art/1/t1000.html</link>");
	}
}
