package org.govsite.demo.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelKind;
import org.govsite.content.ContentImport;
import org.govsite.content.DocumentContent;
import org.govsite.content.DocumentType;
import org.govsite.content.ImportedDocument;

import org.springframework.stereotype.Component;

/**
 * One published news article of the demo portal with slips the content check only warns about
 * (截止目前 for 截至目前, an outdated name of the Belt and Road), as an office's page might have
 * them: the guard's scan finds them, so that 内容安全问题 shows rectification items and a trend.
 * Imported as published, as the other demo documents are (imports skip the submission check).
 */
@Component
class DemoGuardSample {

	static final String TITLE = "我县对外经贸合作情况通报";

	private final ContentImport imports;

	private final ChannelDirectory channels;

	private final Clock clock;

	DemoGuardSample(ContentImport imports, ChannelDirectory channels, Clock clock) {
		this.imports = imports;
		this.channels = channels;
		this.clock = clock;
	}

	void create(long portalId) {
		channels.ofSite(portalId).stream().filter(channel -> channel.kind() == ChannelKind.NEWS).findFirst().ifPresent(news -> {
			DocumentContent content = DocumentContent.of(TITLE, """
					<p>截止目前，我县已有十二家企业参与一带一路战略相关项目，对外贸易额同比增长百分之八。</p>
					<p>下一步，县商务局将继续做好企业服务，帮助企业用好各项支持政策。</p>""");
			imports.importPublished(portalId, List.of(new ImportedDocument(DocumentType.ARTICLE, content,
					List.of(news.id()), clock.instant().minus(Duration.ofDays(2)), DemoSiteGroup.ACTOR)));
		});
	}
}
