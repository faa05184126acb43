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
		pages.sourced(new org.govsite.publish.SourcedPage("bsfw/guides/1.html", "示例办事指南",
				"<dl><dt>办理地点</dt><dd>政务服务中心</dd></dl>", at));
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
	}
}
