package org.govsite.publish.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages rendered from records by the default theme pass the Nu HTML Checker without errors. */
class ThemePagesTests {

	private final PageBuilder pages = new PageBuilder(new Theme(Map.of()), PageFixtures.site());

	@Test
	void homePageIsValid() {
		assertValid(pages.home(PageFixtures.homeBlocks()));
	}

	@Test
	void listPageIsValid() {
		assertValid(pages.channelPage(PageFixtures.NEWS, new ListLayout(45, 20), 0,
				PageFixtures.entries(PageFixtures.NEWS.id(), 25), Map.of()));
	}

	/** Issue 12: the second page a reader opens said 第 N 页, its file's number counted from the oldest. */
	@Test
	void listPagesAreLabelledAsAReaderCountsThem() {
		ListLayout layout = new ListLayout(65, 20);
		org.jsoup.nodes.Document newest = org.jsoup.Jsoup.parse(pages.channelPage(PageFixtures.NEWS, layout, 0,
				PageFixtures.entries(PageFixtures.NEWS.id(), 25), Map.of()).content());
		assertThat(newest.select(".gs-pager-label").text()).isEqualTo("第 1 页，共 3 页 65 条");
		assertThat(newest.select(".gs-pager a[rel=next]").attr("href")).endsWith("index_2.html");

		Page second = pages.channelPage(PageFixtures.NEWS, layout, 2, PageFixtures.entries(PageFixtures.NEWS.id(), 20), Map.of());
		assertValid(second);
		org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(second.content());
		assertThat(html.select(".gs-pager-label").text()).isEqualTo("第 2 页，共 3 页 65 条");
		assertThat(html.title()).startsWith("新闻动态（第2页）");
		org.jsoup.nodes.Document last = org.jsoup.Jsoup.parse(pages.channelPage(PageFixtures.NEWS, layout, 1,
				PageFixtures.entries(PageFixtures.NEWS.id(), 20), Map.of()).content());
		assertThat(last.select(".gs-pager-label").text()).isEqualTo("第 3 页，共 3 页 65 条");
	}

	/** SPEC.md §2: a disclosure channel with nothing to disclose explains itself; another says it is empty. */
	@Test
	void anEmptyDisclosureChannelCarriesItsExplanatoryNote() {
		Page empty = pages.channelPage(PageFixtures.INTERPRETATION, new ListLayout(0, 20), 0, List.of(), Map.of());
		assertValid(empty);
		assertThat(org.jsoup.Jsoup.parse(empty.content()).select(".gs-empty").text())
			.isEqualTo("本栏目目前没有需要公开的政府信息，有新的信息形成或变更后，将自形成或变更之日起 20 个工作日内在此公开。");
		Page news = pages.channelPage(PageFixtures.NEWS, new ListLayout(0, 20), 0, List.of(), Map.of());
		assertThat(org.jsoup.Jsoup.parse(news.content()).select(".gs-empty").text()).isEqualTo("本栏目暂无信息。");
	}

	@Test
	void parentListPageWithBlocksIsValid() {
		assertValid(pages.channelPage(PageFixtures.OPEN, new ListLayout(0, 20), 0, List.of(),
				Map.of(PageFixtures.POLICY, PageFixtures.entries(PageFixtures.POLICY.id(), 3))));
	}

	/** A page another module keeps (the disclosure catalogue, an annual report) passes the checker too. */
	@Test
	void modulePageIsValid() {
		Page page = pages.sitePage(TemplateSample.sitePage(java.time.LocalDate.of(2026, 3, 2)));
		assertValid(page);
		org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page.content());
		assertThat(html.select("main h1").text()).isEqualTo("示例页面");
		assertThat(html.select(".gs-items a").eachAttr("href"))
			.containsExactly("../art/0/t1.html", "../disclosure/subjects/", "/disclosure/apply?site=0000000000");
		assertThat(html.select(".gs-note").text()).isEqualTo("本栏目暂无需要公开的信息。");
		assertThat(html.select("table.gs-table thead th[colspan=2][rowspan=2][scope=colgroup]").text()).isEqualTo("本列数据的勾稽关系");
		assertThat(html.select("table.gs-table tbody th[rowspan=2][scope=rowgroup]").text()).isEqualTo("三、本年度办理结果");
	}

	@Test
	void articlePageIsValid() {
		assertValid(pages.document(PageFixtures.article(), PageFixtures.NEWS, related -> null, id -> "files/x.jpg"));
	}

	@Test
	void policyDocumentPageIsValid() {
		assertValid(pages.document(PageFixtures.policy(), PageFixtures.POLICY, related -> "art/2/t2003.html",
				id -> "files/x.jpg"));
	}

	/** SPEC.md §3: a repealed policy names and links what replaces it; the title is text, not markup. */
	@Test
	void aRepealedPolicyLinksItsReplacement() {
		org.govsite.content.PublishedDocument.RelatedDocument replacement = new org.govsite.content.PublishedDocument.RelatedDocument(
				2009, org.govsite.content.DocumentType.POLICY, "示例县政务公开工作规范（修订）<script>x</script>");
		Page page = pages.document(replaced(org.govsite.content.Validity.REPEALED, replacement), PageFixtures.POLICY,
				related -> related.id() == 2009 ? "art/2/t2009.html" : null, id -> "files/x.jpg");
		assertValid(page);
		assertThat(page.content()).doesNotContain("<script>x</script>");
		org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page.content());
		assertThat(html.select(".gs-validity-replacement").text())
			.isEqualTo("本文件已废止，请参见《示例县政务公开工作规范（修订）<script>x</script>》");
		assertThat(html.select(".gs-validity-replacement a").attr("href")).isEqualTo("../../art/2/t2009.html");
		assertThat(page.dependencies()).contains(Page.Dependency.document(2009));

		// one not published anywhere is named without a link; a policy in force shows none
		org.jsoup.nodes.Document unlinked = org.jsoup.Jsoup.parse(pages.document(replaced(org.govsite.content.Validity.AMENDED,
				replacement), PageFixtures.POLICY, related -> null, id -> "files/x.jpg").content());
		assertThat(unlinked.select(".gs-validity-replacement").text()).startsWith("本文件已修改，修改文件见《");
		assertThat(unlinked.select(".gs-validity-replacement a")).isEmpty();
		org.jsoup.nodes.Document valid = org.jsoup.Jsoup.parse(pages.document(replaced(org.govsite.content.Validity.VALID,
				replacement), PageFixtures.POLICY, related -> "art/2/t2009.html", id -> "files/x.jpg").content());
		assertThat(valid.select(".gs-validity-replacement")).isEmpty();
	}

	private static org.govsite.content.PublishedDocument replaced(org.govsite.content.Validity validity,
			org.govsite.content.PublishedDocument.RelatedDocument replacement) {
		var p = PageFixtures.policy();
		var d = java.util.Objects.requireNonNull(p.disclosure());
		var disclosure = new org.govsite.content.DisclosureMetadata(d.indexNumber(), d.subjectCategory(), d.documentNumber(),
				d.issuer(), d.writtenOn(), d.disclosedOn(), d.effectiveOn(), d.effectLevel(), validity, d.mode(),
				d.subjectWords(), d.overview());
		return new org.govsite.content.PublishedDocument(p.id(), p.siteId(), p.type(), p.title(), p.subtitle(), p.body(),
				p.summary(), p.source(), p.author(), p.responsibleEditor(), p.cover(), p.attachments(), p.keywords(),
				p.publishedAt(), p.updatedAt(), disclosure, p.related(), p.linkUrl(), p.archivedOn(), p.firstPublishedAt(),
				replacement);
	}

	/** SPEC.md §9: a forged publish date is a veto; a backdated display date is shown as what it is. */
	@Test
	void aBackdatedDocumentShowsItsDateAsADisplayDateBesideItsRealFirstPublication() {
		Page page = pages.document(PageFixtures.backdated(), PageFixtures.NEWS, related -> null, id -> "files/x.bin");
		assertValid(page);
		org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page.content());
		String shown = PageText.minute(PageFixtures.backdated().publishedAt(), java.time.ZoneId.of("Asia/Shanghai"));
		String real = PageText.minute(PageFixtures.backdated().firstPublishedAt(), java.time.ZoneId.of("Asia/Shanghai"));
		assertThat(html.select(".gs-doc-meta").text()).contains("标注日期：" + shown, "实际首次发布：" + real)
			.doesNotContain("发布时间：" + shown);
		assertThat(html.select("meta[name=PubDate]").attr("content")).isEqualTo(real);

		org.jsoup.nodes.Document honest = org.jsoup.Jsoup.parse(
				pages.document(PageFixtures.article(), PageFixtures.NEWS, related -> null, id -> "files/x.jpg").content());
		assertThat(honest.select(".gs-doc-meta").text()).contains("发布时间：").doesNotContain("实际首次发布");
	}

	@Test
	void aVideoIsPlayedOnItsPage() {
		Page page = pages.document(PageFixtures.video(), PageFixtures.NEWS, related -> null, id -> "files/x.bin");
		assertValid(page);
		org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page.content());
		assertThat(html.select(".gs-video video source").eachAttr("src")).containsExactly("../../" + PageAddresses.file(PageFixtures.videoFile()));
		assertThat(html.select(".gs-video video source").attr("type")).isEqualTo("video/mp4");
		assertThat(html.select(".gs-video figcaption").text()).isEqualTo("宣传片.mp4");
		// the document's other attachment is offered for download only
		assertThat(html.select(".gs-video")).hasSize(1);
		assertThat(html.select(".gs-attachments a").eachText()).containsExactly("宣传片.mp4", "实施细则.pdf");
	}

	@Test
	void siteMapAndNotFoundAreValid() {
		assertValid(pages.siteMap());
		assertValid(pages.notFound());
	}

	@Test
	void departmentPageIsValid() {
		PageBuilder department = new PageBuilder(new Theme(Map.of()), PageFixtures.departmentSite());
		assertValid(department.home(Map.of()));
	}

	@Test
	void theCheckerDoesFindErrors() {
		assertThat(HtmlChecker.errors("<!DOCTYPE html><html lang=\"zh-CN\"><head><title>x</title></head>"
				+ "<body><p><div></span></p><img src=\"a.png\"></body></html>")).isNotEmpty();
	}

	static void assertValid(Page page) {
		assertThat(HtmlChecker.errors(page.content())).as(page.path() + "\n" + page.content()).isEmpty();
		assertThat(page.content()).as("the shared header and footer got the page's own values").doesNotContain("__gs_");
	}
}
