package org.govsite.publish.internal;

import java.util.List;
import java.util.Map;

import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelView;
import org.govsite.content.PublishedDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12: every meta tag of SPEC.md §4 on every page it belongs to, from real fields. */
class PageMetaTests {

	private static final List<String> SITE = List.of("SiteName", "SiteDomain", "SiteIDCode");

	private static final List<String> COLUMN = List.of("ColumnName", "ColumnDescription", "ColumnKeywords", "ColumnType");

	private static final List<String> DOCUMENT = List.of("ArticleTitle", "PubDate", "ContentSource", "Keywords", "Author",
			"Description", "Url");

	private final PageBuilder pages = new PageBuilder(new Theme(Map.of()), PageFixtures.site());

	@Test
	void theHomePageDescribesTheSite() {
		Document home = html(pages.home(PageFixtures.homeBlocks()));
		assertTags(home, SITE);
		assertThat(meta(home, "Description")).isEqualTo("示例县人民政府是示例县人民政府办公室主办的政府门户网站，设有新闻动态、政务公开、互动交流等栏目。");
		assertThat(meta(home, "Keywords")).isEqualTo("示例县人民政府,新闻动态,政务公开,互动交流");
	}

	@Test
	void aChannelWithoutItsOwnWordsIsDescribedByItsKindAndUnitNotItsNameAgain() {
		ChannelView bare = new ChannelView(13, 1, 12L, "政策文件", "zcwj", "zwgk/zcwj", 2, 1, ChannelKind.POLICY,
				ChannelKind.POLICY.builtInRule(), false, "示例县司法局", "王五", null, null, null, true, true, null, true,
				PageFixtures.NOW);
		Document list = html(pages.channelPage(bare, new ListLayout(0, 20), 0, List.of(), Map.of()));
		assertTags(list, SITE);
		assertTags(list, COLUMN);
		assertThat(meta(list, "ColumnDescription")).isEqualTo("示例县人民政府“政策文件”栏目：政策文件，由示例县司法局负责维护。");
		assertThat(meta(list, "ColumnKeywords")).isEqualTo("政务公开,政策文件,示例县人民政府");
		assertThat(meta(list, "ColumnType")).isEqualTo("政策文件");
	}

	@Test
	void aDocumentPageCarriesEveryTagFromItsFields() {
		Document article = html(pages.document(PageFixtures.article(), PageFixtures.NEWS, related -> null, id -> "files/x.jpg"));
		assertTags(article, SITE);
		assertTags(article, COLUMN);
		assertTags(article, DOCUMENT);
		assertThat(meta(article, "Keywords")).isEqualTo("政务公开,会议");
		assertThat(meta(article, "Author")).isEqualTo("李四");
		assertThat(meta(article, "ContentSource")).isEqualTo("示例县人民政府办公室");
	}

	@Test
	void aPolicyTakesItsSubjectWordsAsKeywordsAndItsIssuerAsSource() {
		PublishedDocument policy = PageFixtures.policy();
		PublishedDocument unsourced = new PublishedDocument(policy.id(), policy.siteId(), policy.type(), policy.title(), null,
				policy.body(), null, null, null, null, null, List.of(), List.of(), policy.publishedAt(), policy.updatedAt(),
				policy.disclosure(), List.of(), null, null, policy.firstPublishedAt());
		Page page = pages.document(unsourced, PageFixtures.POLICY, related -> null, id -> "files/x.jpg");
		ThemePagesTests.assertValid(page);
		Document html = html(page);
		assertTags(html, DOCUMENT);
		assertThat(meta(html, "Keywords")).isEqualTo("政务公开,规范");
		assertThat(meta(html, "ContentSource")).isEqualTo("示例县人民政府办公室");
		assertThat(meta(html, "Author")).isEqualTo("示例县人民政府办公室");
		assertThat(meta(html, "Description")).isEqualTo("规定了政务公开的范围、程序和监督。");
		// 来源 shows on the page wherever it is known
		assertThat(html.select(".gs-doc-meta").text()).contains("来源：示例县人民政府办公室");
	}

	@Test
	void anArticleWithoutSummaryIsDescribedByItsTextNotItsTitle() {
		Document video = html(pages.document(PageFixtures.video(), PageFixtures.NEWS, related -> null, id -> "files/x.bin"));
		assertThat(meta(video, "Description")).isEqualTo("一起走进示例县的山水人文。");
	}

	@Test
	void theStartOfALongBodysTextIsTheStartOfItsWholeText() {
		java.util.Random random = new java.util.Random(23);
		String[] words = { "政务公开", "示例县", " ", "  ", "&amp;", "&nbsp;", "2026", "，", "。", "\n", "繁體", "𠀀" };
		String[] open = { "<p>", "<div>", "<span>", "<b>", "<table><tr><td>", "<ul><li>", "<h2>", "<pre>", "<a href=\"x\">" };
		String[] close = { "</p>", "</div>", "</span>", "</b>", "</td></tr></table>", "</li></ul>", "</h2>", "</pre>", "</a>" };
		int cut = 0;
		for (int round = 0; round < 2_000; round++) {
			StringBuilder body = new StringBuilder();
			int parts = 1 + random.nextInt(40);
			for (int i = 0; i < parts; i++) {
				int kind = random.nextInt(open.length);
				body.append(open[kind]);
				for (int w = random.nextInt(12); w > 0; w--) {
					body.append(words[random.nextInt(words.length)]);
					if (random.nextInt(8) == 0) {
						body.append("<br>");
					}
				}
				// sometimes left open, or a tag the parser closes on its own
				if (random.nextInt(10) > 0) {
					body.append(close[kind]);
				}
				if (random.nextInt(6) == 0) {
					body.append(words[random.nextInt(words.length)]);
				}
			}
			String whole = Jsoup.parse(body.toString()).text().strip();
			String start = PageMeta.textStart(body.toString(), 120);
			if (start.length() < whole.length()) {
				cut++;
				assertThat(start.codePointCount(0, start.length())).isGreaterThan(121);
			}
			assertThat(first(start, 120)).as(body.toString()).isEqualTo(first(whole, 120));
			assertThat(start.length() <= 120).isEqualTo(whole.length() <= 120);
		}
		assertThat(cut).as("bodies read only in part").isGreaterThan(100);
	}

	private static String first(String text, int codePoints) {
		return text.substring(0, text.offsetByCodePoints(0, Math.min(text.codePointCount(0, text.length()), codePoints)));
	}

	private static Document html(Page page) {
		return Jsoup.parse(page.content());
	}

	private static String meta(Document html, String name) {
		return html.select("meta[name=" + name + "]").attr("content");
	}

	private static void assertTags(Document html, List<String> names) {
		for (String name : names) {
			assertThat(meta(html, name)).as(name).isNotBlank();
		}
	}
}
