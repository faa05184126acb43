package org.govsite.content.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The three shapes an upper-level portal offers: RSS 2.0, Atom, sitemaps (with the news extension). */
class UpstreamFeedTests {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Test
	void rssItemsWithTheirPublicationTime() {
		String rss = """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0"><channel><title>省政府门户网站</title>
				<item><title>关于进一步优化营商环境的若干措施</title><link>https://www.example.gov.cn/zc/1.html</link>
				<pubDate>Mon, 07 Dec 2026 09:00:00 +0800</pubDate></item>
				<item><title>没有日期的通知</title><link> https://www.example.gov.cn/zc/2.html </link></item>
				<item><title>重复</title><link>https://www.example.gov.cn/zc/1.html</link></item>
				<item><title>不是网址</title><link>javascript:alert(1)</link></item>
				</channel></rss>""";
		var entries = UpstreamFeed.parse(rss.getBytes(StandardCharsets.UTF_8), CHINA);
		assertThat(entries).extracting(UpstreamFeed.Entry::link)
			.containsExactly("https://www.example.gov.cn/zc/1.html", "https://www.example.gov.cn/zc/2.html");
		assertThat(entries.getFirst().title()).isEqualTo("关于进一步优化营商环境的若干措施");
		assertThat(entries.getFirst().publishedAt()).isEqualTo(Instant.parse("2026-12-07T01:00:00Z"));
		assertThat(entries.get(1).publishedAt()).isNull();
	}

	@Test
	void atomEntriesAndAGbkEncodedFeed() {
		String atom = """
				<?xml version="1.0" encoding="GBK"?>
				<feed xmlns="http://www.w3.org/2005/Atom"><title>市政府</title>
				<entry><title>市政府关于印发实施方案的通知</title><link rel="alternate" href="https://city.example.gov.cn/a.html"/>
				<updated>2026-12-07T10:30:00+08:00</updated></entry></feed>""";
		var entries = UpstreamFeed.parse(atom.getBytes(Charset.forName("GBK")), CHINA);
		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.title()).isEqualTo("市政府关于印发实施方案的通知");
			assertThat(entry.link()).isEqualTo("https://city.example.gov.cn/a.html");
			assertThat(entry.publishedAt()).isEqualTo(Instant.parse("2026-12-07T02:30:00Z"));
		});
	}

	@Test
	void sitemapsWithAndWithoutNewsTitles() {
		String sitemap = """
				<?xml version="1.0" encoding="UTF-8"?>
				<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
				        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
				<url><loc>https://www.example.gov.cn/zc/3.html</loc><lastmod>2026-12-07</lastmod></url>
				<url><loc>https://www.example.gov.cn/zc/4.html</loc>
				  <news:news><news:publication_date>2026-12-07T08:00:00+08:00</news:publication_date>
				  <news:title>国务院办公厅关于某事项的意见</news:title></news:news></url>
				</urlset>""";
		var entries = UpstreamFeed.parse(sitemap.getBytes(StandardCharsets.UTF_8), CHINA);
		assertThat(entries).hasSize(2);
		assertThat(entries.getFirst().title()).isEqualTo("https://www.example.gov.cn/zc/3.html");
		assertThat(entries.getFirst().publishedAt()).isEqualTo(Instant.parse("2026-12-06T16:00:00Z"));
		assertThat(entries.get(1).title()).isEqualTo("国务院办公厅关于某事项的意见");
		assertThat(entries.get(1).publishedAt()).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
	}

	@Test
	void anExternalEntityOfAHostileFeedIsNeverResolved() {
		String xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<rss><channel><item><title>政策&secret;</title><link>https://www.example.gov.cn/zc/9.html</link></item></channel></rss>""";
		assertThat(UpstreamFeed.parse(xxe.getBytes(StandardCharsets.UTF_8), CHINA)).singleElement()
			.extracting(UpstreamFeed.Entry::title).asString().startsWith("政策").doesNotContain("root:");
	}

	@Test
	void somethingThatIsNoFeedHoldsNothing() {
		assertThat(UpstreamFeed.parse("<html><body>维护中</body></html>".getBytes(StandardCharsets.UTF_8), CHINA)).isEmpty();
	}
}
