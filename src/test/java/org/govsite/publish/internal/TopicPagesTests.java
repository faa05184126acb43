package org.govsite.publish.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelNode;
import org.govsite.channel.ChannelView;
import org.govsite.content.AttachmentRef;
import org.govsite.content.ChannelEntry;
import org.govsite.content.DocumentType;
import org.govsite.content.PublishedDocument;
import org.govsite.publish.HomeBlockKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 part 9: special topics get real pages (banner, introduction, sections, items) rather than
 * a one-paragraph article; a channel of topics (专题专栏) and the home page's 专题 block show their
 * banners, with the pictures' sizes and renditions. Every page passes the Nu checker.
 */
class TopicPagesTests {

	private static final String SHA = "c".repeat(64);

	/** 专题专栏 with the topic 优化营商环境, which has the sections 政策措施 and 典型案例. */
	static final ChannelView TOPICS = PageFixtures.channel(30, null, "专题专栏", "ztzl", "ztzl", 1, 4, ChannelKind.TOPIC);

	static final ChannelView TOPIC = PageFixtures.channel(31, 30L, "优化营商环境", "yhyshj", "ztzl/yhyshj", 2, 1, ChannelKind.TOPIC);

	static final ChannelView MEASURES = PageFixtures.channel(32, 31L, "政策措施", "zccs", "ztzl/yhyshj/zccs", 3, 1,
			ChannelKind.TOPIC);

	static final ChannelView CASES = PageFixtures.channel(33, 31L, "典型案例", "dxal", "ztzl/yhyshj/dxal", 3, 2,
			ChannelKind.TOPIC);

	static final AttachmentRef BANNER = new AttachmentRef(701, "专题横幅.png", "image/png", 4_000, SHA);

	private static final byte[] WIDE = png(1200, 300);

	private final SiteContext site = withTree(PageFixtures.site(), List.of(
			new ChannelNode(PageFixtures.NEWS, List.of()),
			new ChannelNode(TOPICS, List.of(new ChannelNode(TOPIC,
					List.of(new ChannelNode(MEASURES, List.of()), new ChannelNode(CASES, List.of())))))));

	private final PageBuilder pages = new PageBuilder(new Theme(Map.of()), site,
			new Pictures(id -> new ByteArrayInputStream(WIDE)));

	@Test
	void aTopicsPageHasItsBannerIntroductionSectionsAndItems() {
		Map<ChannelView, List<ChannelEntry>> sections = new LinkedHashMap<>();
		sections.put(MEASURES, PageFixtures.entries(MEASURES.id(), 3));
		sections.put(CASES, List.of(PageFixtures.entry(1101, CASES.id(), "示例县政务服务“一网通办”典型经验", 2)));
		List<ChannelEntry> items = List.of(landingEntry(), PageFixtures.entry(1201, TOPIC.id(), "示例县召开优化营商环境推进会", 1));
		Page page = pages.topicPage(TOPIC, new ListLayout(2, 20), items, sections, landing(), id -> "files/" + id + ".png");
		ThemePagesTests.assertValid(page);
		Document html = Jsoup.parse(page.content());
		assertThat(page.path()).isEqualTo("ztzl/yhyshj/index.html");
		assertThat(html.select("main h1").text()).isEqualTo("优化营商环境");
		Element banner = html.selectFirst(".gs-topic-banner img");
		assertThat(banner.attr("width")).isEqualTo("1200");
		assertThat(banner.attr("height")).isEqualTo("300");
		assertThat(banner.attr("srcset")).contains(SHA + "-480w.png 480w", SHA + "-960w.png 960w", SHA + ".png 1200w");
		assertThat(html.select(".gs-topic-intro").text()).contains("本专题集中发布示例县优化营商环境的政策措施");
		assertThat(html.select(".gs-topic-nav a").eachText()).containsExactly("政策措施", "典型案例");
		assertThat(html.select(".gs-blocks .gs-block h2").eachText()).containsExactly("政策措施", "典型案例");
		// the items below, but not the landing page the banner and the introduction already are
		assertThat(html.select(".gs-topic-items .gs-list a").eachText()).containsExactly("示例县召开优化营商环境推进会");
		assertThat(page.files()).containsKeys("files/" + SHA + ".png", "files/" + SHA + "-480w.png");
		assertThat(page.dependencies()).contains(Page.Dependency.document(landing().id()), Page.Dependency.channel(TOPIC.id()));
	}

	@Test
	void aChannelOfTopicsShowsTheirBanners() {
		Page page = pages.channelPage(TOPICS, new ListLayout(0, 20), 0, List.of(), Map.of(),
				List.of(new HomeContent.Topic(TOPIC, landingEntry()), new HomeContent.Topic(MEASURES, null)));
		ThemePagesTests.assertValid(page);
		Document html = Jsoup.parse(page.content());
		assertThat(html.select(".gs-banner .gs-banner-title").eachText()).containsExactly("优化营商环境", "政策措施");
		assertThat(html.select(".gs-banner").eachAttr("href")).containsExactly("../ztzl/yhyshj/", "../ztzl/yhyshj/zccs/");
		assertThat(html.select(".gs-banner img")).hasSize(1);
		assertThat(html.select(".gs-banner-plain")).hasSize(1);
		assertThat(html.select(".gs-empty")).isEmpty();
	}

	@Test
	void theHomePagesTopicsBlockShowsBannersWithTheirPictures() {
		Page page = pages.home(new HomeContent(List.of(new HomeContent.Part(HomeBlockKind.TOPICS, Map.of(TOPICS, List.of()),
				List.of(), List.of(new HomeContent.Topic(TOPIC, landingEntry()))))));
		ThemePagesTests.assertValid(page);
		Document html = Jsoup.parse(page.content());
		assertThat(html.select(".gs-topics h2").text()).isEqualTo("专题专栏");
		Element banner = html.selectFirst(".gs-topics .gs-banner");
		assertThat(banner.attr("href")).isEqualTo("ztzl/yhyshj/");
		assertThat(banner.selectFirst("img").attr("sizes")).isEqualTo(PageBuilder.BANNER_SIZES);
		assertThat(banner.selectFirst("img").attr("srcset")).contains("files/" + SHA + "-480w.png 480w");
		assertThat(html.select(".gs-banner-summary").text()).isEqualTo("营商环境政策措施、工作动态和典型案例。");
		assertThat(page.files()).containsKey("files/" + SHA + ".png");
	}

	static ChannelEntry landingEntry() {
		return new ChannelEntry(1200, TOPIC.id(), DocumentType.TOPIC_PAGE, "优化营商环境专题", PageFixtures.NOW, true,
				"营商环境政策措施、工作动态和典型案例。", BANNER, null, null);
	}

	static PublishedDocument landing() {
		return new PublishedDocument(1200, 1, DocumentType.TOPIC_PAGE, "优化营商环境专题", null,
				"<p>本专题集中发布示例县优化营商环境的政策措施、工作动态和典型案例。</p>", "营商环境政策措施、工作动态和典型案例。", null, null, null,
				BANNER, List.of(), List.of("营商环境"), PageFixtures.NOW, PageFixtures.NOW, null, List.of(), null, null,
				PageFixtures.NOW);
	}

	private static SiteContext withTree(SiteContext site, List<ChannelNode> tree) {
		return new SiteContext(site.site(), site.portal(), site.baseUrl(), site.portalUrl(), tree, site.lastUpdate(),
				site.notices(), site.now(), site.zone(), site.assets());
	}

	private static byte[] png(int width, int height) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
