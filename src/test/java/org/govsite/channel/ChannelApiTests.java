package org.govsite.channel;

import java.util.UUID;

import org.govsite.identity.StaffRole;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@WithMockUser(username = "admin", authorities = { "ROLE_SYSTEM_ADMIN", "STAFF" })
class ChannelApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ChannelManagement channels;

	@Autowired
	ChannelDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestSites sites;

	long siteId;

	@BeforeEach
	void newSite() {
		siteId = sites.newSite();
	}

	@Test
	void createsATreeAndReadsItBack() throws Exception {
		long news = create(null, "新闻动态", "news", "NEWS", null);
		long disclosure = create(null, "政府信息公开", "xxgk", "DISCLOSURE", null);
		long policy = create(disclosure, "政策文件", "zcwj", "POLICY", null);
		create(policy, "规范性文件", "gfxwj", "POLICY", "P1M");

		mvc.perform(get("/api/v1/sites/{siteId}/channels", siteId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].id").value(news))
			.andExpect(jsonPath("$[0].updateRule").value("P14D"))
			.andExpect(jsonPath("$[0].updateRuleText").value("2周内更新"))
			.andExpect(jsonPath("$[0].children", hasSize(0)))
			.andExpect(jsonPath("$[1].kindName").value("政府信息公开"))
			.andExpect(jsonPath("$[1].position").value(2))
			.andExpect(jsonPath("$[1].children[0].path").value("xxgk/zcwj"))
			.andExpect(jsonPath("$[1].children[0].updateRule").value("P6M first-level"))
			.andExpect(jsonPath("$[1].children[0].ownUpdateRule").value(false))
			.andExpect(jsonPath("$[1].children[0].updateRuleText").value("6个月内更新（作为一级栏目时）；本栏目不是一级栏目，不受此限"))
			.andExpect(jsonPath("$[1].children[0].children[0].level").value(3))
			.andExpect(jsonPath("$[1].children[0].children[0].updateRule").value("P1M"))
			.andExpect(jsonPath("$[1].children[0].children[0].updateRuleText").value("1个月内更新"))
			.andExpect(jsonPath("$[1].children[0].children[0].ownUpdateRule").value(true))
			.andExpect(jsonPath("$[1].children[0].children[0].responsiblePerson").value("王五"));
	}

	@Test
	void keepsThePhoneEncryptedAtRest() throws Exception {
		long news = create(null, "新闻动态", "news", "NEWS", null);

		mvc.perform(get("/api/v1/channels/{id}", news)).andExpect(jsonPath("$.responsiblePhone").value("0898-6666 8888"));
		String stored = jdbc.sql("select responsible_phone from channel where id = :id").param("id", news)
			.query(String.class)
			.single();
		assertThat(stored).startsWith("sm4gcm:").doesNotContain("6666");
	}

	@Test
	void movesAndReordersPersistently() throws Exception {
		long news = create(null, "新闻动态", "news", "NEWS", null);
		long disclosure = create(null, "政府信息公开", "xxgk", "DISCLOSURE", null);
		long notices = create(news, "通知公告", "tzgg", "NOTICE", null);
		create(disclosure, "政策文件", "zcwj", "POLICY", null);

		mvc.perform(json(post("/api/v1/channels/{id}/move", notices), "{\"parentId\": %d, \"position\": 1}".formatted(disclosure)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.path").value("xxgk/tzgg"))
			.andExpect(jsonPath("$.position").value(1));
		mvc.perform(json(post("/api/v1/channels/{id}/move", disclosure), "{\"position\": 1}"))
			.andExpect(status().isOk());

		mvc.perform(get("/api/v1/sites/{siteId}/channels", siteId))
			.andExpect(jsonPath("$[0].code").value("xxgk"))
			.andExpect(jsonPath("$[0].children[0].code").value("tzgg"))
			.andExpect(jsonPath("$[0].children[1].code").value("zcwj"))
			.andExpect(jsonPath("$[0].children[1].position").value(2))
			.andExpect(jsonPath("$[1].code").value("news"))
			.andExpect(jsonPath("$[1].position").value(2))
			.andExpect(jsonPath("$[1].children", hasSize(0)));
	}

	@Test
	void refusesAMoveUnderItsOwnDescendantAsAProblem() throws Exception {
		long disclosure = create(null, "政府信息公开", "xxgk", "DISCLOSURE", null);
		long policy = create(disclosure, "政策文件", "zcwj", "POLICY", null);

		mvc.perform(json(post("/api/v1/channels/{id}/move", disclosure), "{\"parentId\": %d}".formatted(policy)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("channel.move.intoOwnBranch"))
			.andExpect(jsonPath("$.detail").value(containsString("不能把栏目“政府信息公开”移到")));
		assertThatParentIs(disclosure, null);
	}

	@Test
	void refusesAParentOfAnotherSite() throws Exception {
		long elsewhere = channels.create(sites.newSite(), null, ChannelDetails.of("新闻", "news", ChannelKind.NEWS, "办公室", "张三"));
		long notices = create(null, "通知公告", "tzgg", "NOTICE", null);

		mvc.perform(json(post("/api/v1/channels/{id}/move", notices), "{\"parentId\": %d}".formatted(elsewhere)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("channel.otherSite"));
		mvc.perform(json(post("/api/v1/sites/{siteId}/channels", siteId), body(elsewhere, "子栏目", "zlm", "NEWS", null)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("channel.otherSite"));
	}

	@Test
	void explainsInvalidInputBesideEachField() throws Exception {
		mvc.perform(json(post("/api/v1/sites/{siteId}/channels", siteId), body(null, "新闻", "新闻", "NEWS", "every week")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.code").value(containsString("只能用小写字母")))
			.andExpect(jsonPath("$.errors.updateRule").value(containsString("ISO-8601")));
	}

	@Test
	void codesAreUniqueAmongSiblings() throws Exception {
		create(null, "新闻动态", "news", "NEWS", null);

		mvc.perform(json(post("/api/v1/sites/{siteId}/channels", siteId), body(null, "要闻", "news", "NEWS", null)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("channel.code.taken"));
	}

	@Test
	void anArchivedChannelTakesNoChildrenUntilRestored() throws Exception {
		long topic = create(null, "专题专栏", "ztzl", "TOPIC", null);

		mvc.perform(post("/api/v1/channels/{id}/archive", topic))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.archivedOn").isNotEmpty())
			.andExpect(jsonPath("$.acceptsContent").value(false));
		mvc.perform(json(post("/api/v1/sites/{siteId}/channels", siteId), body(topic, "两会", "lh", "TOPIC", null)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("channel.parent.archived"));

		mvc.perform(post("/api/v1/channels/{id}/restore", topic)).andExpect(jsonPath("$.archivedOn").isEmpty());
		mvc.perform(json(post("/api/v1/sites/{siteId}/channels", siteId), body(topic, "两会", "lh", "TOPIC", null)))
			.andExpect(status().isCreated());
	}

	@Test
	void aHiddenChannelHidesItsBranchFromNavigation() throws Exception {
		long disclosure = create(null, "政府信息公开", "xxgk", "DISCLOSURE", null);
		long policy = create(disclosure, "政策文件", "zcwj", "POLICY", null);

		mvc.perform(post("/api/v1/channels/{id}/hide", disclosure)).andExpect(jsonPath("$.visible").value(false));

		mvc.perform(get("/api/v1/channels/{id}", policy))
			.andExpect(jsonPath("$.visible").value(true))
			.andExpect(jsonPath("$.shownInNavigation").value(false));
		mvc.perform(post("/api/v1/channels/{id}/hide", disclosure))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("channel.hide.alreadyHidden"));
		mvc.perform(post("/api/v1/channels/{id}/show", disclosure)).andExpect(jsonPath("$.visible").value(true));
	}

	@Test
	void editsDetailsButNotTheParent() throws Exception {
		long news = create(null, "新闻动态", "news", "NEWS", null);
		long other = create(null, "其他", "qt", "OTHER", null);

		mvc.perform(json(put("/api/v1/channels/{id}", news), body(null, "政务要闻", "zwyw", "NEWS", "P7D")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("政务要闻"))
			.andExpect(jsonPath("$.code").value("zwyw"))
			.andExpect(jsonPath("$.updateRuleText").value("1周内更新"));
		mvc.perform(json(put("/api/v1/channels/{id}", news), body(other, "政务要闻", "zwyw", "NEWS", null)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("channel.edit.parentByMove"));
	}

	@Test
	void anEditorOfTheSiteReadsButDoesNotChange() throws Exception {
		long news = create(null, "新闻动态", "news", "NEWS", null);
		RequestPostProcessor editor = staff(StaffRole.EDITOR.forSite(siteId));

		mvc.perform(get("/api/v1/sites/{siteId}/channels", siteId).with(editor)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/channels/{id}", news).with(editor)).andExpect(status().isOk());
		mvc.perform(json(post("/api/v1/sites/{siteId}/channels", siteId), body(null, "通知", "tz", "NOTICE", null)).with(editor))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(json(put("/api/v1/channels/{id}", news), body(null, "要闻", "news", "NEWS", null)).with(editor))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/channels/{id}/hide", news).with(editor)).andExpect(status().isForbidden());
		assertThatParentIs(news, null);
	}

	@Test
	void aSiteManagerOfAnotherSiteIsRefused() throws Exception {
		long news = create(null, "新闻动态", "news", "NEWS", null);
		RequestPostProcessor stranger = staff(StaffRole.SITE_MANAGER.forSite(sites.newSite()));

		mvc.perform(get("/api/v1/sites/{siteId}/channels", siteId).with(stranger)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/channels/{id}", news).with(stranger)).andExpect(status().isForbidden());
		mvc.perform(json(post("/api/v1/sites/{siteId}/channels", siteId), body(null, "通知", "tz", "NOTICE", null)).with(stranger))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/channels/{id}/archive", news).with(stranger)).andExpect(status().isForbidden());
	}

	@Test
	void aSiteManagerChangesTheirOwnSite() throws Exception {
		RequestPostProcessor manager = staff(StaffRole.SITE_MANAGER.forSite(siteId));

		mvc.perform(json(post("/api/v1/sites/{siteId}/channels", siteId), body(null, "通知公告", "tzgg", "NOTICE", null)).with(manager))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/channels/")));
	}

	@Test
	void anUnknownSiteOrChannelIsNotFound() throws Exception {
		mvc.perform(get("/api/v1/sites/{siteId}/channels", 404)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/channels/{id}", Long.MAX_VALUE)).andExpect(status().isNotFound());
	}

	@Test
	void namesTheSiteOfAChannelWithoutItsTree() throws Exception {
		long news = create(null, "新闻动态", "news", "NEWS", null);
		long policy = create(news, "政策文件", "zcwj", "POLICY", null);

		assertThat(directory.siteIdOf(policy)).contains(siteId);
		assertThat(directory.siteIdOf(Long.MAX_VALUE)).isEmpty();
	}

	private long create(Long parentId, String name, String code, String kind, String updateRule) throws Exception {
		String location = mvc.perform(json(post("/api/v1/sites/{siteId}/channels", siteId), body(parentId, name, code, kind, updateRule)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private void assertThatParentIs(long channelId, Long parentId) {
		assertThat(directory.find(channelId)).hasValueSatisfying(view -> assertThat(view.parentId()).isEqualTo(parentId));
	}

	static String body(Long parentId, String name, String code, String kind, String updateRule) {
		return """
				{"parentId": %s, "name": "%s", "code": "%s", "kind": "%s", "updateRule": %s,
				 "responsibleUnit": "县政府办公室", "responsiblePerson": "王五", "responsiblePhone": "0898-6666 8888",
				 "description": "%s栏目", "keywords": "%s"}
				""".formatted(parentId, name, code, kind, updateRule == null ? "null" : "\"" + updateRule + "\"", name, name);
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	static RequestPostProcessor staff(String authority) {
		return user("staff-" + UUID.randomUUID()).authorities(new SimpleGrantedAuthority(authority),
				new SimpleGrantedAuthority(StaffRole.STAFF_AUTHORITY));
	}
}
