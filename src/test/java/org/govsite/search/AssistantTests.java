package org.govsite.search;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.govsite.content.ContentFixtures.Staff;
import org.govsite.interaction.KnowledgeGap;
import org.govsite.interaction.KnowledgeGaps;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 22 part 4, 智能问答: the 知识库's entry first with its source, no answer said plainly and put on
 * the 知识库's to-do list with the offer of a letter, bad questions refused in Chinese.
 */
@IntegrationTest
class AssistantTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PublishFixtures sites;

	@Autowired
	SearchFixtures search;

	@Autowired
	AssistantFixtures assistant;

	@Autowired
	KnowledgeGaps gaps;

	@Autowired
	JdbcClient jdbc;

	TestSite site;

	Staff handler;

	long mailbox;

	long entry;

	@BeforeEach
	void site() {
		site = sites.onlineSite();
		AssistantFixtures.Desk desk = assistant.knowledgeEntry(site, "政务公开工作规范在哪里查看？",
				"县政府办公室已印发《政务公开工作规范》，可在本站政策文件栏目查看全文。");
		handler = desk.handler();
		mailbox = desk.mailbox();
		entry = desk.entry();
		sites.policyWithInterpretation(site);
		search.settle();
	}

	@Test
	void aQuestionAnsweredInTheKnowledgeBaseShowsThatEntryFirstWithItsSource() throws Exception {
		mvc.perform(from("10.0.22.1", get("/api/public/assistant").param("site", site.code())
				.param("q", "政务公开工作规范在哪里看？")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answered").value(true))
			.andExpect(jsonPath("$.siteCode").value(site.code()))
			.andExpect(jsonPath("$.answers[0].source").value("KNOWLEDGE"))
			.andExpect(jsonPath("$.answers[0].sourceName").value("知识库"))
			.andExpect(jsonPath("$.answers[0].title").value("政务公开工作规范在哪里查看？"))
			.andExpect(jsonPath("$.answers[0].url").value("/letters/knowledge/" + entry))
			.andExpect(jsonPath("$.answers[1].source").value("POLICY"))
			.andExpect(jsonPath("$.answers[1].sourceName").value("政策文件"))
			.andExpect(jsonPath("$.answers[1].title").value("发布测试县人民政府办公室关于印发政务公开工作规范的通知"))
			.andExpect(jsonPath("$.letterUrl", startsWith("/letters/write?mailbox=" + mailbox + "&question=")));
		assertThat(handler.run(gaps::mine)).extracting(KnowledgeGap::siteId).doesNotContain(site.id());
	}

	@Test
	void aQuestionOutsideTheContentGetsNoAnswerAndGoesOnTheToDoList() throws Exception {
		mvc.perform(from("10.0.22.2", get("/api/public/assistant").param("site", site.code())
				.param("q", "火星移民签证怎么申请？电话13712345678")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answered").value(false))
			.andExpect(jsonPath("$.answers").isEmpty())
			.andExpect(jsonPath("$.message", containsString("没有找到")))
			.andExpect(jsonPath("$.letterUrl", startsWith("/letters/write?mailbox=" + mailbox + "&question=")));

		List<KnowledgeGap> open = handler.run(gaps::mine);
		assertThat(open).extracting(KnowledgeGap::question).containsExactly("火星移民签证怎么申请？电话＊＊＊");
		assertThat(open.getFirst().timesAsked()).isEqualTo(1);

		// the letter form it offers has the question in it
		String form = mvc.perform(from("10.0.22.2", get("/letters/write").param("mailbox", String.valueOf(mailbox))
				.param("question", "火星移民签证怎么申请？")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains(">火星移民签证怎么申请？</textarea>");

		// the 知识库's to-do list in the console, where a handler marks it done
		mvc.perform(get("/admin/letters/knowledge").with(as(handler)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("火星移民签证怎么申请？电话＊＊＊")));
		mvc.perform(post("/admin/letters/knowledge/gaps/" + open.getFirst().id() + "/close").with(csrf()).with(as(handler))
				.header("Referer", "http://localhost/admin/letters/knowledge"))
			.andExpect(status().is3xxRedirection());
		assertThat(handler.run(gaps::mine)).isEmpty();
	}

	@Test
	void badQuestionsAreRefusedInChineseAndStoreNothing() throws Exception {
		mvc.perform(from("10.0.22.3", get("/api/public/assistant").param("site", site.code())))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("请输入您的问题")))
			.andExpect(jsonPath("$.parameter").value("question"));
		mvc.perform(from("10.0.22.3", get("/api/public/assistant").param("site", site.code()).param("q", "问".repeat(101))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("question"));
		mvc.perform(from("10.0.22.3", get("/api/public/assistant").param("site", "12ab").param("q", "医保")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("网站标识码")));
		assertThat(handler.run(gaps::mine)).isEmpty();
	}

	@Test
	void thePageShowsAScriptInTheQuestionAsText() throws Exception {
		String html = mvc.perform(from("10.0.22.4", get("/assistant").param("site", site.code())
				.param("q", "<script>alert(1)</script>政务公开")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");

		String answered = mvc.perform(from("10.0.22.4", get("/assistant").param("site", site.code())
				.param("q", "政务公开工作规范在哪里查看")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(answered).contains("出处：知识库").contains("/letters/knowledge/" + entry);
	}

	private static RequestPostProcessor as(Staff staff) {
		return user(staff.username()).authorities(staff.authorities().stream()
			.map(authority -> (org.springframework.security.core.GrantedAuthority) () -> authority)
			.toList());
	}

	private static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
		return request.with(mock -> {
			mock.setRemoteAddr(address);
			return mock;
		});
	}
}
