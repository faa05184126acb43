package org.govsite.channel;

import java.util.UUID;

import org.govsite.identity.StaffRole;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govsite.channel.ChannelApiTests.staff;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
@WithMockUser(username = "admin", authorities = { "ROLE_SYSTEM_ADMIN", "STAFF" })
class ChannelConsoleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ChannelManagement channels;

	@Autowired
	ChannelDirectory directory;

	@Autowired
	TestSites sites;

	long siteId;

	@BeforeEach
	void newSite() {
		siteId = sites.newSite();
	}

	@Test
	void theSiteListOffersTheSitesTheUserHasARoleOn() throws Exception {
		long otherSite = sites.newSite();
		channels.site(otherSite);

		mvc.perform(get("/admin/channels").with(staff(StaffRole.EDITOR.forSite(siteId))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/admin/sites/" + siteId + "/channels\""),
					not(containsString("/admin/sites/" + otherSite + "/channels\"")), containsString("栏目管理"))));
	}

	@Test
	void theTreeShowsEveryLevelAndActionsOnlyToManagers() throws Exception {
		long disclosure = create(null, "政府信息公开", "xxgk");
		create(disclosure, "政策文件", "zcwj");

		mvc.perform(get("/admin/sites/{siteId}/channels", siteId))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("政府信息公开"), containsString("政策文件"),
					containsString("hx-post=\"/admin/channels/" + disclosure + "/hide\""), containsString("新建一级栏目"),
					not(containsString("id=\"up-" + disclosure + "\"")), not(containsString("id=\"down-" + disclosure + "\"")))));
		mvc.perform(get("/admin/sites/{siteId}/channels", siteId).with(staff(StaffRole.EDITOR.forSite(siteId))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("政策文件"), not(containsString("hx-post")),
					not(containsString("新建一级栏目")))));
	}

	@Test
	void aFormErrorIsShownBesideItsFieldAndNothingTypedIsLost() throws Exception {
		mvc.perform(post("/admin/sites/{siteId}/channels", siteId).with(csrf())
			.param("name", "通知公告")
			.param("code", "通知")
			.param("kind", "NOTICE")
			.param("ruleChoice", "WITHIN")
			.param("ruleUnit", "MONTHS")
			.param("responsibleUnit", "县政府办公室")
			.param("responsiblePerson", "李四")
			.param("keywords", "通知,公告"))
			.andExpect(status().isOk())
			.andExpect(view().name("channel/form"))
			.andExpect(model().attributeHasFieldErrorCode("channelForm", "code", "Pattern"))
			.andExpect(model().attributeHasFieldErrorCode("channelForm", "ruleAmount", "channel.rule.amount.required"))
			.andExpect(content().string(allOf(
					containsString("<p class=\"field-error\" id=\"code-error\">只能用小写字母、数字和连字符"),
					containsString("<p class=\"field-error\" id=\"ruleAmount-error\">请填写时限。"),
					containsString("value=\"通知公告\""), containsString("value=\"通知,公告\""),
					containsString("value=\"李四\""))));
		assertThat(directory.ofSite(siteId)).isEmpty();
	}

	@Test
	void aCodeTakenBySiblingIsShownBesideTheCode() throws Exception {
		create(null, "新闻动态", "news");

		mvc.perform(post("/admin/sites/{siteId}/channels", siteId).with(csrf())
			.param("name", "要闻")
			.param("code", "news")
			.param("kind", "NEWS")
			.param("ruleChoice", "DEFAULT")
			.param("responsibleUnit", "县政府办公室")
			.param("responsiblePerson", "李四"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("channelForm", "code", "channel.code.taken"))
			.andExpect(content().string(containsString("同一上级栏目下已有代码为“news”的栏目")));
	}

	@Test
	void aChildIsCreatedUnderItsParentWithItsOwnRule() throws Exception {
		long disclosure = create(null, "政府信息公开", "xxgk");

		mvc.perform(post("/admin/sites/{siteId}/channels", siteId).param("parentId", String.valueOf(disclosure))
			.with(csrf())
			.param("name", "人事信息")
			.param("code", "rsxx")
			.param("kind", "PERSONNEL")
			.param("ruleChoice", "WITHIN")
			.param("ruleAmount", "6")
			.param("ruleUnit", "MONTHS")
			.param("responsibleUnit", "县人社局")
			.param("responsiblePerson", "赵六"))
			.andExpect(redirectedUrl("/admin/sites/" + siteId + "/channels"))
			.andExpect(flash().attribute("successMessage", "已新建栏目“人事信息”。"));

		assertThat(directory.ofSite(siteId)).filteredOn(view -> view.code().equals("rsxx")).singleElement()
			.satisfies(view -> {
				assertThat(view.parentId()).isEqualTo(disclosure);
				assertThat(view.ownUpdateRule()).isTrue();
				assertThat(view.updateRule()).isEqualTo(UpdateRule.valueOf("P6M"));
			});
	}

	@Test
	void theEditFormShowsTheKindsDefaultRules() throws Exception {
		long news = create(null, "新闻动态", "news");

		mvc.perform(get("/admin/channels/{id}/edit", news))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"新闻动态\""),
					containsString("动态要闻（默认：2周内更新）"), containsString("通知公告（默认：6个月内更新（作为一级栏目时））"))));
	}

	@Test
	void htmxGetsTheReorderedTreeBack() throws Exception {
		create(null, "新闻动态", "news");
		long notices = create(null, "通知公告", "tzgg");

		String tree = mvc.perform(post("/admin/channels/{id}/up", notices).with(csrf()).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"channel-tree\""), not(containsString("<html")),
					containsString("已调整栏目“通知公告”的顺序。"))))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(tree.indexOf("通知公告")).isLessThan(tree.indexOf("新闻动态"));
		assertThat(directory.ofSite(siteId)).extracting(ChannelView::code).containsExactly("tzgg", "news");
	}

	@Test
	void htmxGetsARefusalInsideTheTree() throws Exception {
		long news = create(null, "新闻动态", "news");
		mvc.perform(post("/admin/channels/{id}/hide", news).with(csrf()).header("HX-Request", "true"))
			.andExpect(content().string(containsString("已隐藏")));

		mvc.perform(post("/admin/channels/{id}/hide", news).with(csrf()).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("role=\"alert\""), containsString("栏目“新闻动态”已经隐藏。"),
					containsString("id=\"show-" + news + "\""))));
	}

	@Test
	void withoutHtmxAnActionRedirectsToTheTree() throws Exception {
		long topic = create(null, "专题专栏", "ztzl");

		mvc.perform(post("/admin/channels/{id}/archive", topic).with(csrf()))
			.andExpect(redirectedUrl("/admin/sites/" + siteId + "/channels"))
			.andExpect(flash().attribute("successMessage", "已归档栏目“专题专栏”。"));
		mvc.perform(post("/admin/channels/{id}/archive", topic).with(csrf()))
			.andExpect(redirectedUrl("/admin/sites/" + siteId + "/channels"))
			.andExpect(flash().attribute("errorMessage", "栏目“专题专栏”已经归档。"));
	}

	@Test
	void theMoveFormRefusesTheChannelsOwnBranchBesideTheParentField() throws Exception {
		long disclosure = create(null, "政府信息公开", "xxgk");
		long policy = create(disclosure, "政策文件", "zcwj");
		long news = create(null, "新闻动态", "news");

		mvc.perform(get("/admin/channels/{id}/move", disclosure))
			.andExpect(content().string(allOf(containsString("<option value=\"" + news + "\""),
					not(containsString("<option value=\"" + policy + "\"")))));
		mvc.perform(post("/admin/channels/{id}/move", disclosure).with(csrf()).param("parentId", String.valueOf(policy)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("moveForm", "parentId", "channel.move.intoOwnBranch"))
			.andExpect(content().string(containsString("id=\"parentId-error\"")));

		mvc.perform(post("/admin/channels/{id}/move", policy).with(csrf()).param("parentId", String.valueOf(news)))
			.andExpect(redirectedUrl("/admin/sites/" + siteId + "/channels"));
		assertThat(directory.find(policy)).hasValueSatisfying(view -> assertThat(view.path()).isEqualTo("news/zcwj"));
	}

	@Test
	void anEditorCannotOpenTheFormsNorAct() throws Exception {
		long news = create(null, "新闻动态", "news");
		var editor = staff(StaffRole.EDITOR.forSite(siteId));

		mvc.perform(get("/admin/sites/{siteId}/channels/new", siteId).with(editor)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/channels/{id}/edit", news).with(editor)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/channels/{id}/hide", news).with(csrf()).with(editor)).andExpect(status().isForbidden());
		assertThat(directory.find(news)).hasValueSatisfying(view -> assertThat(view.visible()).isTrue());
	}

	private long create(Long parentId, String name, String code) {
		return channels.create(siteId, parentId,
				ChannelDetails.of(name, code, ChannelKind.NEWS, "县政府办公室", "张三" + UUID.randomUUID().toString().substring(0, 4)));
	}
}
