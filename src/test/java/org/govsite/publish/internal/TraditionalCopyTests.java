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
		// the copy's address is its own (issue 12: it was the simplified page's)
		assertThat(converted.select("meta[name=Url]").attr("content"))
			.isEqualTo("https://www.example.gov.cn/zh-hant/" + page.path());
		assertThat(converted.select("link[rel=canonical]").attr("href"))
			.isEqualTo("https://www.example.gov.cn/zh-hant/" + page.path());
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

	/** Issue 12: the copy's QR code opened the simplified page. */
	@Test
	void theQrCodeOfTheCopyOpensTheCopy() throws Exception {
		Page page = pages.document(PageFixtures.article(), PageFixtures.NEWS, related -> null, id -> "files/x.jpg");
		Document original = Jsoup.parse(page.content());
		Document converted = Jsoup.parse(TraditionalCopy.html(page.content(), page.path()));
		String simplified = new com.google.zxing.qrcode.decoder.Decoder()
			.decode(QrCodeTests.modules(original.select("svg.gs-qr").outerHtml())).getText();
		String traditional = new com.google.zxing.qrcode.decoder.Decoder()
			.decode(QrCodeTests.modules(converted.select("svg.gs-qr").outerHtml())).getText();
		assertThat(simplified).isEqualTo("https://www.example.gov.cn/" + page.path());
		assertThat(traditional).isEqualTo("https://www.example.gov.cn/zh-hant/" + page.path());
		assertThat(converted.select("svg.gs-qr").attr("aria-label")).isEqualTo("用手機掃描二維碼打開本頁");
		assertThat(converted.select("svg.gs-qr")).hasSize(1);
	}

	/** Issue 12: the two copies of a page did not name each other. */
	@Test
	void bothCopiesLinkEachOtherByLanguage() {
		for (Page page : java.util.List.of(pages.home(PageFixtures.homeBlocks()),
				pages.document(PageFixtures.article(), PageFixtures.NEWS, related -> null, id -> "files/x.jpg"))) {
			String simplifiedUrl = "https://www.example.gov.cn/" + PageAddresses.linkPath(page.path());
			String traditionalUrl = "https://www.example.gov.cn/zh-hant/" + PageAddresses.linkPath(page.path());
			for (String html : java.util.List.of(page.content(), TraditionalCopy.html(page.content(), page.path()))) {
				Document document = Jsoup.parse(html);
				assertThat(document.select("link[rel=alternate][hreflang=zh-Hans]").attr("href")).isEqualTo(simplifiedUrl);
				assertThat(document.select("link[rel=alternate][hreflang=zh-Hant]").attr("href")).isEqualTo(traditionalUrl);
			}
		}
	}

	@Test
	void theCopyIsValidHtml() {
		Page page = pages.document(PageFixtures.policy(), PageFixtures.POLICY, related -> "art/2/t2003.html",
				id -> "files/x.jpg");
		assertThat(HtmlChecker.errors(TraditionalCopy.html(page.content(), page.path()))).isEmpty();
	}

	@Test
	void markupScriptsAndCommentsAreCopiedAsWritten() {
		String page = """
				<!DOCTYPE html><html lang="zh-CN"><head><title>发布会</title>
				<script>var label = "发布会"; if (a < b) {}</script><SCRIPT>var x = "发布" <1;</SCRIPT><style>.a::after{content:"发布"}</style></head>
				<body><!-- 发布 --><p class='x' data-note=发布 hidden>说明 a < b</p>
				<svg viewBox="0 0 1 1" aria-label="图标"></svg><img src="../assets/logo.png" alt="标志"><br/></body></html>""";
		String copy = TraditionalCopy.html(page, "news/index.html");

		assertThat(copy).contains("<title>發佈會</title>")
			.contains("<script>var label = \"发布会\"; if (a < b) {}</script>")
			.contains("<SCRIPT>var x = \"发布\" <1;</SCRIPT>")
			.contains("<style>.a::after{content:\"发布\"}</style>")
			.contains("<!-- 发布 -->")
			.contains("<p class='x' data-note=\"发布\" hidden>說明 a < b</p>")
			.contains("<svg viewBox=\"0 0 1 1\" aria-label=\"圖標\">")
			.contains("<img src=\"../../assets/logo.png\" alt=\"標誌\">")
			.contains("<br/>")
			.startsWith("<!DOCTYPE html><html lang=\"zh-Hant\">");
	}

	@Test
	void aFeedKeepsItsMarkup() {
		Page feed = pages.rss(PageFixtures.entries(PageFixtures.NEWS.id(), 2));
		String copy = TraditionalCopy.xml(feed.content());
		assertThat(copy).contains("<rss version=\"2.0\">").contains("示例縣召開第1次全縣政務公開工作推進會")
			.contains("<link>https://www.example.gov.cn/art/1/t1000.html</link>");
	}
}
