package org.govsite.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.publish.internal.JobStore;
import org.govsite.publish.internal.Theme;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Saving a site template through the console: one that reaches beyond the page's view model is
 * refused in Chinese and has no effect at all (no version, no publish job, no changed page, no
 * side effect of the sample render); a template whose own text the content check refuses is not
 * saved; a template that uses the view model is saved and published.
 */
@IntegrationTest
class SiteTemplateSafetyTests {

	private static final String PROPERTY = "govsite.ssti.console-canary";

	@Autowired
	MockMvc mvc;

	@Autowired
	PublishFixtures fixtures;

	@Autowired
	JobStore jobs;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	TestSite site;

	String secret;

	@BeforeEach
	void publishedSite() throws Exception {
		secret = "console-secret-" + UUID.randomUUID();
		System.setProperty(PROPERTY, secret);
		site = fixtures.onlineSite();
		mvc.perform(post("/admin/sites/{id}/publish", site.id()).with(staff("site:" + site.id() + ":SITE_MANAGER"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		fixtures.publishQueued();
	}

	@AfterEach
	void clear() {
		System.clearProperty(PROPERTY);
	}

	@Test
	void aTemplateReachingBeyondTheViewModelIsRefusedAndChangesNothing() throws Exception {
		Path canary = folder.resolve("canary");
		Map<String, String> published = fixtures.files(site.code());
		int jobsBefore = jobs.recent(List.of(site.id()), 1000).size();
		Map<String, String> refusals = Map.of(
				"<p th:text=\"${T(java.lang.System).getProperty('" + PROPERTY + "')}\">x</p>", "引用了类型（T(…)）",
				"<p th:text=\"${new java.io.File('" + canary + "').createNewFile()}\">x</p>", "创建了对象（new）",
				"<p th:text=\"${@environment.getProperty('" + PROPERTY + "')}\">x</p>", "引用了 Bean（@…）",
				"<p th:text=\"${frame.class.classLoader}\">x</p>", "读取了页面数据中没有的字段",
				"<p th:text=\"${__${frame.title}__}\">x</p>", "站点模板不能使用预处理",
				"<div th:insert=\"~{../../templates/layout}\"></div>", "站点模板只能引用本主题的模板");
		for (var refusal : refusals.entrySet()) {
			mvc.perform(post("/admin/sites/{id}/templates/notfound", site.id()).with(templateManager()).with(csrf())
				.param("source", "<html><body>" + refusal.getKey() + "</body></html>").param("note", "试探"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("模板“notfound”未保存")))
				.andExpect(content().string(containsString(refusal.getValue())))
				.andExpect(content().string(not(containsString(secret))));
		}
		assertThat(jdbc.sql("select count(*) from publish_template_version where site_id = :site")
			.param("site", site.id())
			.query(Integer.class)
			.single()).isZero();
		fixtures.publishQueued();
		assertThat(jobs.recent(List.of(site.id()), 1000)).hasSize(jobsBefore);
		assertThat(fixtures.files(site.code())).isEqualTo(published);
		assertThat(canary).doesNotExist();
		assertThat(System.getProperty(PROPERTY)).isEqualTo(secret);
	}

	@Test
	void aTemplateUsingTheViewModelIsSavedAndPublished() throws Exception {
		String layout = Theme.defaultSource("layout")
			.replace("<p class=\"gs-browsers\">", """
					<ul class="gs-footer-nav"><li th:each="link, state : ${frame.navigation}"
					  th:text="|${state.count}. ${link.text}|">栏目</li></ul>
					<p class="gs-maintainer" th:text="|${frame.site.sponsor}维护，共 ${#lists.size(frame.navigation)} 个栏目|">维护</p>
					<p class="gs-browsers">""");
		assertThat(layout).contains("gs-maintainer");
		mvc.perform(post("/admin/sites/{id}/templates/layout", site.id()).with(templateManager()).with(csrf())
			.param("source", layout).param("note", "页脚加上栏目和维护单位"))
			.andExpect(status().is3xxRedirection());
		fixtures.publishQueued();
		mvc.perform(get("/sites/{code}/index.html", site.code()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<li>1. 首页</li>")))
			.andExpect(content().string(containsString("<li>2. 新闻动态</li>")))
			.andExpect(content().string(containsString("维护，共 3 个栏目")));
	}

	@Test
	void aTemplateWhoseOwnTextTheContentCheckRefusesIsNotSaved() throws Exception {
		String layout = Theme.defaultSource("layout")
			.replace("<p class=\"gs-browsers\">", "<p class=\"gs-slogan\">深入开展扫黑险恶专项斗争</p><p class=\"gs-browsers\">");
		assertThat(layout).contains("gs-slogan");
		mvc.perform(post("/admin/sites/{id}/templates/layout", site.id()).with(templateManager()).with(csrf())
			.param("source", layout).param("note", "页脚加标语"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("模板“layout”未保存：模板文字经内容检查有须修改的问题。")))
			.andExpect(content().string(containsString("规范用语写错：“扫黑险恶”，应为“扫黑除恶”。")));
		assertThat(jdbc.sql("select count(*) from publish_template_version where site_id = :site")
			.param("site", site.id())
			.query(Integer.class)
			.single()).isZero();

		mvc.perform(post("/admin/sites/{id}/templates/layout", site.id()).with(templateManager()).with(csrf())
			.param("source", layout.replace("扫黑险恶", "扫黑除恶")).param("note", "页脚加标语"))
			.andExpect(status().is3xxRedirection());
	}

	private RequestPostProcessor templateManager() {
		return staff("site:" + site.id() + ":TEMPLATE_MANAGER");
	}

	private static RequestPostProcessor staff(String authority) {
		return user("staff-" + authority).authorities(new SimpleGrantedAuthority(authority), new SimpleGrantedAuthority("STAFF"));
	}
}
