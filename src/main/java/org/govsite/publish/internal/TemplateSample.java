package org.govsite.publish.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.channel.ChannelView;
import org.govsite.content.ChannelEntry;
import org.govsite.content.DisclosureMetadata;
import org.govsite.content.DisclosureMode;
import org.govsite.content.DocumentType;
import org.govsite.content.PublishedDocument;
import org.govsite.content.PublishedDocument.RelatedDocument;
import org.govsite.content.Validity;
import org.govsite.publish.SitePage;

/**
 * Renders every page kind of a site with a candidate theme and made-up content, so that a template
 * that fails to parse or to render is refused before it is saved.
 */
public final class TemplateSample {

	private TemplateSample() {
	}

	/** Renders the sample pages; throws what the theme throws. */
	public static void render(Theme theme, SiteContext site) {
		PageBuilder pages = new PageBuilder(theme, site);
		List<ChannelView> channels = new ArrayList<>(site.channels().values());
		Instant at = site.now();
		List<ChannelEntry> entries = List.of(new ChannelEntry(1, 0, DocumentType.ARTICLE, "示例信息标题", at, true, "摘要", null,
				null, null), new ChannelEntry(2, 0, DocumentType.LINK, "外部链接", at, false, null, null, "https://www.gov.cn/",
						null));
		Map<ChannelView, List<ChannelEntry>> blocks = new LinkedHashMap<>();
		channels.stream().limit(2).forEach(channel -> blocks.put(channel, entries));
		pages.home(blocks);
		pages.siteMap();
		pages.notFound();
		pages.sitePage(sitePage(site.now().atZone(site.zone()).toLocalDate()));
		ChannelView channel = channels.isEmpty() ? null : channels.get(0);
		if (channel != null) {
			pages.channelPage(channel, new ListLayout(45, 20), 0, entries, blocks);
			pages.channelPage(channel, new ListLayout(45, 20), 1, entries, Map.of());
		}
		DisclosureMetadata disclosure = new DisclosureMetadata("000000000/2026-00001", "综合政务", "示例〔2026〕1号", "示例机关",
				null, null, null, null, Validity.REPEALED, DisclosureMode.PROACTIVE, List.of("示例"), "示例概述");
		PublishedDocument document = new PublishedDocument(1, site.site().id(), DocumentType.POLICY, "示例政策文件", "副标题",
				"<p>正文<img src=\"attachment:9\" alt=\"图\"></p>", "摘要", "来源", "作者", "责任编辑", null, List.of(), List.of("关键词"),
				at, at, disclosure, List.of(new RelatedDocument(2, DocumentType.INTERPRETATION, "示例解读")), null, null, at);
		pages.document(document, channel, related -> "art/0/t2.html", id -> "files/sample.png");
		if (channel != null) {
			pages.topicPage(channel, new ListLayout(45, 20), entries, blocks, document, id -> "files/sample.png");
		}
	}

	/**
	 * A page of another module with each of its parts: links of every kind, a table with grouped
	 * headers, and a section with nothing but its note.
	 */
	public static SitePage sitePage(java.time.LocalDate today) {
		SitePage.Section links = SitePage.Section.of("政府信息公开指南", List.of(
				SitePage.Href.document("示例县人民政府信息公开指南", 1, "2026-01-05"),
				SitePage.Href.page("按主题分类浏览", "disclosure/subjects/index.html", "12 条"),
				SitePage.Href.platform("我要申请", "/disclosure/apply?site=0000000000")), null);
		SitePage.Table table = new SitePage.Table("收到和处理政府信息公开申请情况",
				List.of(List.of(SitePage.Cell.head("本列数据的勾稽关系", 2, 2), SitePage.Cell.head("申请人情况", 2, 1)),
						List.of(SitePage.Cell.head("自然人"), SitePage.Cell.head("总计"))),
				List.of(List.of(SitePage.Cell.head("一、本年新收政府信息公开申请数量", 2, 1), SitePage.Cell.data("3"),
						SitePage.Cell.data("3")),
						List.of(SitePage.Cell.head("三、本年度办理结果", 1, 2), SitePage.Cell.head("（一）予以公开"),
								SitePage.Cell.data("1"), SitePage.Cell.data("1")),
						List.of(SitePage.Cell.head("（二）部分公开"), SitePage.Cell.link(SitePage.Href.page("2", "disclosure/index.html", null)),
								SitePage.Cell.data("2"))));
		return new SitePage("disclosure/sample.html", "示例页面", "页面说明", List.of(SitePage.Href.page("政府信息公开",
				"disclosure/index.html", null)), List.of(links,
						new SitePage.Section("年度报告", List.of("一、总体情况"), List.of(), List.of(table), null),
						SitePage.Section.of("财政信息", List.of(), "本栏目暂无需要公开的信息。")),
				today);
	}
}
