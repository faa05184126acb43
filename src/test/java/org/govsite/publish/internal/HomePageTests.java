package org.govsite.publish.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.channel.ChannelView;
import org.govsite.content.ChannelEntry;
import org.govsite.content.DocumentType;
import org.govsite.publish.HomeBlock;
import org.govsite.publish.HomeBlockKind;
import org.govsite.publish.internal.Views.Link;
import org.govsite.site.SiteKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: a home page composed of blocks in the chosen order (头条 with its lead, an accessible
 * picture carousel, tabbed and side-by-side channel lists, 站群导航, notices), valid for Nu; the
 * defaults of a portal and of a department.
 */
class HomePageTests {

	private final PageBuilder pages = new PageBuilder(new Theme(Map.of()), PageFixtures.site());

	@Test
	void theBlocksShowInTheChosenOrder() {
		Page page = pages.home(new HomeContent(List.of(
				part(HomeBlockKind.SITE_GROUP, Map.of(), List.of(Link.to("示例县教育局", "https://jyj.example.gov.cn/"))),
				part(HomeBlockKind.HEADLINE, Map.of(PageFixtures.NEWS, List.of(lead())), List.of()),
				part(HomeBlockKind.PICTURES, Map.of(PageFixtures.NEWS, pictures(3)), List.of()),
				part(HomeBlockKind.TABS, ordered(PageFixtures.NEWS, PageFixtures.OPEN), List.of()),
				part(HomeBlockKind.NOTICES, Map.of(), List.of()),
				part(HomeBlockKind.LISTS, Map.of(PageFixtures.INTERACTION, PageFixtures.entries(PageFixtures.INTERACTION.id(), 3)),
						List.of()))));
		ThemePagesTests.assertValid(page);
		Document html = Jsoup.parse(page.content());
		List<String> order = new ArrayList<>();
		html.select("main > .gs-site-group, main > .gs-headline, main > .gs-carousel, main > .gs-tabs, main > .gs-notices, main > .gs-blocks")
			.forEach(element -> order.add(element.className()));
		assertThat(order).containsExactly("gs-site-group", "gs-headline", "gs-carousel", "gs-tabs", "gs-notices", "gs-blocks");

		assertThat(html.select(".gs-headline h2 a").text()).isEqualTo("示例县召开2026年政务公开工作会议");
		assertThat(html.select(".gs-headline-lead").text()).isEqualTo("会议部署了今年的重点工作。");
		// the carousel: pictures with their titles, controls that script shows, slides labelled by number
		assertThat(html.select(".gs-slide")).hasSize(3);
		assertThat(html.select(".gs-slide").first().attr("aria-label")).isEqualTo("1 / 3");
		assertThat(html.select(".gs-slide img").first().attr("width")).isEqualTo("640");
		assertThat(html.select(".gs-carousel-controls").hasAttr("hidden")).isTrue();
		assertThat(html.select(".gs-carousel-controls button").eachText()).containsExactly("上一张", "暂停", "下一张");
		// the pictures are published with the home page
		assertThat(page.files()).hasSize(3);
		assertThat(html.select(".gs-tabs .gs-tab-panel h2").eachText()).containsExactly("新闻动态", "政务公开");
		assertThat(html.select(".gs-site-group a").attr("href")).isEqualTo("https://jyj.example.gov.cn/");
		assertThat(html.select(".gs-notices p").text()).isEqualTo("示例县教育局网站已开通。");
	}

	/**
	 * Issue 12 part 9: 政务公开 links the disclosure channel's entries, 办事服务 shows an icon for each
	 * service, 互动交流 the site's mailboxes first and then its interaction channels' entries.
	 */
	@Test
	void theDisclosureServiceAndInteractionBlocksLinkTheirEntries() {
		var services = PageFixtures.channel(16, null, "办事服务", "bsfw", "bsfw", 1, 4, org.govsite.channel.ChannelKind.SERVICE);
		Page page = pages.home(new HomeContent(List.of(
				part(HomeBlockKind.DISCLOSURE, Map.of(PageFixtures.OPEN, List.of()), List.of()),
				part(HomeBlockKind.SERVICES, Map.of(services, List.of()), List.of()),
				part(HomeBlockKind.INTERACTION, Map.of(PageFixtures.INTERACTION, List.of()),
						List.of(Link.to("县长信箱", "/letters/write?mailbox=7"), Link.to("信件查询", "/letters/follow"))))));
		ThemePagesTests.assertValid(page);
		Document html = Jsoup.parse(page.content());
		assertThat(html.select(".gs-entries-disclosure h2").text()).isEqualTo("政务公开");
		assertThat(html.select(".gs-entries-disclosure li a").eachText()).containsExactly("政策文件", "政策解读");
		assertThat(html.select(".gs-entries-disclosure li a").eachAttr("href")).containsExactly("zwgk/zcwj/", "zwgk/zcjd/");
		// a service channel without channels below it is its own entry; its icon is decoration
		assertThat(html.select(".gs-services li a").eachText()).containsExactly("办事服务");
		assertThat(html.select(".gs-services .gs-service-icon").attr("aria-hidden")).isEqualTo("true");
		assertThat(html.select(".gs-entries-interaction li a").eachText()).containsExactly("县长信箱", "信件查询", "互动交流");
		assertThat(html.select(".gs-entries-interaction li a").first().attr("href")).isEqualTo("/letters/write?mailbox=7");
	}

	@Test
	void aBluePaletteIsOneMoreStyleSheetOnTheSameTemplates() {
		SiteContext site = PageFixtures.site();
		AssetNames names = site.assets();
		Page page = new PageBuilder(new Theme(Map.of()), site.withAssets(names.withPalette(names.blue())))
			.home(PageFixtures.homeBlocks());
		ThemePagesTests.assertValid(page);
		assertThat(Jsoup.parse(page.content()).select("link[rel=stylesheet]").eachAttr("href"))
			.containsExactly(names.css(), names.blue());
	}

	@Test
	void aPortalGetsHeadlinePicturesTabsAndTheSiteGroupByDefault() {
		List<HomeBlock> portal = HomeDefaults.of(SiteKind.PORTAL, PageFixtures.tree(), 8);
		// the interaction channel has a block of its own, with the site's mailboxes, rather than a tab
		assertThat(portal).containsExactly(HomeBlock.of(HomeBlockKind.NOTICES),
				HomeBlock.of(HomeBlockKind.HEADLINE, PageFixtures.NEWS.id()),
				HomeBlock.of(HomeBlockKind.PICTURES, PageFixtures.NEWS.id()),
				HomeBlock.of(HomeBlockKind.TABS, PageFixtures.NEWS.id(), PageFixtures.OPEN.id()),
				HomeBlock.of(HomeBlockKind.DISCLOSURE, PageFixtures.OPEN.id()),
				HomeBlock.of(HomeBlockKind.INTERACTION, PageFixtures.INTERACTION.id()),
				HomeBlock.of(HomeBlockKind.SITE_GROUP));
		List<HomeBlock> department = HomeDefaults.of(SiteKind.DEPARTMENT, PageFixtures.tree(), 8);
		assertThat(department).extracting(HomeBlock::kind).containsExactly(HomeBlockKind.NOTICES, HomeBlockKind.HEADLINE,
				HomeBlockKind.LISTS, HomeBlockKind.DISCLOSURE, HomeBlockKind.INTERACTION, HomeBlockKind.SITE_GROUP);
		// a site with service and topic channels gets their icons and banners
		var services = PageFixtures.channel(16, null, "办事服务", "bsfw", "bsfw", 1, 4, org.govsite.channel.ChannelKind.SERVICE);
		var topics = PageFixtures.channel(17, null, "专题专栏", "ztzl", "ztzl", 1, 5, org.govsite.channel.ChannelKind.TOPIC);
		List<org.govsite.channel.ChannelNode> tree = new ArrayList<>(PageFixtures.tree());
		tree.add(new org.govsite.channel.ChannelNode(services, List.of()));
		tree.add(new org.govsite.channel.ChannelNode(topics, List.of()));
		assertThat(HomeDefaults.of(SiteKind.PORTAL, tree, 8)).contains(HomeBlock.of(HomeBlockKind.SERVICES, services.id()),
				HomeBlock.of(HomeBlockKind.TOPICS, topics.id()))
			.filteredOn(block -> block.kind() == HomeBlockKind.TABS).singleElement()
			.isEqualTo(HomeBlock.of(HomeBlockKind.TABS, PageFixtures.NEWS.id(), PageFixtures.OPEN.id()));
	}

	private static HomeContent.Part part(HomeBlockKind kind, Map<ChannelView, List<ChannelEntry>> channels, List<Link> sites) {
		return new HomeContent.Part(kind, channels, sites);
	}

	private static Map<ChannelView, List<ChannelEntry>> ordered(ChannelView... channels) {
		Map<ChannelView, List<ChannelEntry>> map = new LinkedHashMap<>();
		for (ChannelView channel : channels) {
			map.put(channel, PageFixtures.entries(channel.id(), 4));
		}
		return map;
	}

	private static ChannelEntry lead() {
		return new ChannelEntry(2001, PageFixtures.NEWS.id(), DocumentType.ARTICLE, "示例县召开2026年政务公开工作会议",
				PageFixtures.NOW, false, "会议部署了今年的重点工作。", null, null, null);
	}

	private static List<ChannelEntry> pictures(int count) {
		List<ChannelEntry> entries = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			var picture = PageFixtures.picture();
			entries.add(new ChannelEntry(3000 + i, PageFixtures.NEWS.id(), DocumentType.PICTURE_NEWS, "图片新闻" + (i + 1),
					PageFixtures.NOW, false, null, new org.govsite.content.AttachmentRef(600 + i, picture.fileName(),
							picture.mediaType(), picture.size(), picture.sha256().substring(0, 60) + "000" + i),
					null, null));
		}
		return entries;
	}
}
