package org.govsite.publish;

import java.util.ArrayList;
import java.util.List;

import org.govsite.content.ContentFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.test.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 12: a site manager composes the home page in the console; it is published in that order. */
@IntegrationTest
class HomeCompositionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PublishFixtures fixtures;

	@Autowired
	ContentFixtures content;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.govsite.interaction.LetterHandling letters;

	@Autowired
	org.govsite.channel.ChannelManagement channels;

	TestSite site;

	@BeforeEach
	void publishedSite() {
		site = fixtures.onlineSite();
		content.published(site.editor(), site.reviewer(), site.id(), site.news(), "县政府召开第一次全体会议");
		fixtures.publishQueued();
	}

	@Test
	void aPortalHasItsDefaultHomeUntilItsManagerComposesOne() throws Exception {
		Document before = home();
		assertThat(before.select(".gs-headline h2").text()).isEqualTo("县政府召开第一次全体会议");
		assertThat(before.select(".gs-tabs .gs-tab-panel h2").eachText()).containsExactly("新闻动态", "政务公开");

		mvc.perform(get("/admin/sites/{id}/home", site.id()).with(manager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("首页版式")))
			.andExpect(content().string(containsString("图片新闻（轮播）")));
		mvc.perform(post("/admin/sites/{id}/home", site.id()).with(manager()).with(csrf())
				.param("kind0", "LISTS").param("channels0", String.valueOf(site.open()))
				.param("kind1", "").param("channels1", String.valueOf(site.news()))
				.param("kind2", "HEADLINE").param("channels2", String.valueOf(site.news()))
				.param("kind3", "NOTICES"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("successMessage", "首页版式已保存，站点将重新发布。"));
		fixtures.publishQueued();

		Document after = home();
		List<String> order = new ArrayList<>();
		after.select("main > *:not(h1)").forEach(element -> order.add(element.className()));
		// the site's opening notice stands where the manager put the notices
		assertThat(order).containsExactly("gs-blocks", "gs-headline", "gs-notices");
		assertThat(after.select(".gs-blocks h2").eachText()).containsExactly("政务公开");
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'publish.home' and object_id = :id")
			.param("id", String.valueOf(site.id())).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aBlockWithoutItsChannelOrWithAnotherSitesIsRefused() throws Exception {
		TestSite other = fixtures.onlineSite();
		mvc.perform(post("/admin/sites/{id}/home", site.id()).with(manager()).with(csrf()).param("kind0", "TABS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第 1 块需要选择至少一个栏目。")));
		mvc.perform(post("/admin/sites/{id}/home", site.id()).with(manager()).with(csrf())
				.param("kind0", "HEADLINE").param("channels0", String.valueOf(other.news())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第 1 块选择了不属于本站点的栏目。")));
		// another site's manager may not compose this one
		mvc.perform(get("/admin/sites/{id}/home", site.id())
				.with(user("other").authorities(new SimpleGrantedAuthority("site:" + other.id() + ":SITE_MANAGER"),
						new SimpleGrantedAuthority("STAFF"))))
			.andExpect(status().isForbidden());
	}

	/** Issue 12: a second theme by design tokens, chosen per site: the same templates, another palette. */
	@Test
	void aSiteManagerDressesTheSiteInBlue() throws Exception {
		assertThat(home().select("link[rel=stylesheet]")).hasSize(1);
		mvc.perform(post("/admin/sites/{id}/palette", site.id()).with(manager()).with(csrf()).param("palette", "BLUE"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("successMessage", "配色已保存，站点将重新发布。"));
		fixtures.publishQueued();
		Document blue = home();
		List<String> sheets = blue.select("link[rel=stylesheet]").eachAttr("href");
		assertThat(sheets).hasSize(2);
		assertThat(sheets.get(1)).startsWith("assets/palette-blue.");
		assertThat(java.nio.file.Files.readString(fixtures.folder(site.code()).resolve(sheets.get(1)))).contains("--gs-brand: #0b4f9c");
		// the same templates: the footer and identity block are there as on the red site
		assertThat(blue.select("footer .gs-copyright")).hasSize(1);
		mvc.perform(get("/admin/sites/{id}/home", site.id()).with(manager()))
			.andExpect(content().string(containsString("<option value=\"BLUE\" selected=\"selected\">政务蓝</option>")));
	}

	/**
	 * Issue 12 part 9: 政务公开, 互动交流 and 专题 from the site's real data — the disclosure channel's
	 * entries, the site's mailbox (opened after the site was published: its home page follows), the
	 * topic's banner — and the topic's own page with its banner, introduction and items.
	 */
	@Test
	void theDisclosureInteractionAndTopicBlocksShowTheSitesChannelsMailboxesAndTopics() throws Exception {
		long[] topic = fixtures.topic(site, "乡村振兴", "xczx", "本专题集中发布乡村振兴的政策和进展。");
		long article = content.published(site.editor(), site.reviewer(), site.id(), topic[0], "全县乡村振兴现场会召开");
		// a section of the topic: a channel below it, shown on the topic's page with its newest items
		long section = new ContentFixtures.Staff("test-admin", List.of(org.govsite.identity.StaffRole.SYSTEM_ADMIN.authority()))
			.run(() -> channels.create(site.id(), topic[0], org.govsite.channel.ChannelDetails.of("工作进展", "gzjz",
					org.govsite.channel.ChannelKind.TOPIC, "办公室", "王五")));
		content.published(site.editor(), site.reviewer(), site.id(), section, "示例镇高标准农田建设完成");
		mvc.perform(post("/admin/sites/{id}/home", site.id()).with(manager()).with(csrf())
				.param("kind0", "DISCLOSURE").param("channels0", String.valueOf(site.open()))
				.param("kind1", "INTERACTION")
				.param("kind2", "TOPICS").param("channels2", String.valueOf(topic[0])))
			.andExpect(status().is3xxRedirection());
		fixtures.publishQueued();
		long mailbox = org.govsite.platform.RunAs.actor("home-manager",
				() -> letters.createMailbox(site.id(), org.govsite.interaction.MailboxSettings.of("县长信箱",
						org.govsite.interaction.MailboxKind.LEADER, false, List.of())),
				org.govsite.identity.StaffRole.SITE_MANAGER.forSite(site.id()), org.govsite.identity.StaffRole.STAFF_AUTHORITY);
		fixtures.publishQueued();

		Document home = home();
		assertThat(home.select(".gs-entries-disclosure li a").eachText()).containsExactly("政策文件", "政策解读");
		assertThat(home.select(".gs-entries-interaction li a").eachText()).containsExactly("县长信箱", "信件查询", "答复选登", "智能问答");
		assertThat(home.select(".gs-entries-interaction li a").eachAttr("href")).containsExactly(
				"/letters/write?mailbox=" + mailbox, "/letters/follow", "hudong/", "/assistant?site=" + site.code());
		var banner = home.selectFirst(".gs-topics .gs-banner");
		assertThat(banner.attr("href")).isEqualTo("xczx/");
		assertThat(banner.text()).isEqualTo("乡村振兴");
		var picture = banner.selectFirst("img");
		assertThat(picture.attr("width")).isEqualTo("1200");
		assertThat(picture.attr("srcset")).contains("-480w.png 480w", "-960w.png 960w");
		for (String file : picture.attr("srcset").split(", ")) {
			assertThat(fixtures.folder(site.code()).resolve(file.split(" ")[0])).as(file).exists();
		}

		Document page = Jsoup.parse(java.nio.file.Files.readString(fixtures.folder(site.code()).resolve("xczx/index.html")));
		assertThat(page.select("main h1").text()).isEqualTo("乡村振兴");
		assertThat(page.select(".gs-topic-banner img").attr("srcset")).contains("-960w.png 960w");
		assertThat(page.select(".gs-topic-intro").text()).contains("本专题集中发布乡村振兴的政策和进展。");
		assertThat(page.select(".gs-topic-items .gs-list a").eachText()).containsExactly("全县乡村振兴现场会召开");
		assertThat(page.select(".gs-blocks .gs-block h2").eachText()).containsExactly("工作进展");
		assertThat(page.select(".gs-blocks .gs-list a").eachText()).containsExactly("示例镇高标准农田建设完成");
		assertThat(page.select(".gs-topic-items .gs-list a").attr("href")).endsWith("t" + article + ".html");
	}

	private Document home() throws java.io.IOException {
		return Jsoup.parse(java.nio.file.Files.readString(fixtures.folder(site.code()).resolve("index.html")));
	}

	private RequestPostProcessor manager() {
		return user("home-manager").authorities(new SimpleGrantedAuthority("site:" + site.id() + ":SITE_MANAGER"),
				new SimpleGrantedAuthority("STAFF"));
	}
}
