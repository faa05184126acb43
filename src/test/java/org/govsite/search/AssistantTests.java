package org.govsite.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.govsite.content.ContentFixtures;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.StaffRole;
import org.govsite.interaction.KnowledgeBase;
import org.govsite.interaction.KnowledgeGap;
import org.govsite.interaction.KnowledgeGaps;
import org.govsite.interaction.LetterHandling;
import org.govsite.interaction.LetterReceipt;
import org.govsite.interaction.Letters;
import org.govsite.interaction.MailboxKind;
import org.govsite.interaction.MailboxSettings;
import org.govsite.interaction.NewLetter;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
	ContentFixtures documents;

	@Autowired
	SearchFixtures search;

	@Autowired
	LetterHandling handling;

	@Autowired
	Letters letters;

	@Autowired
	KnowledgeBase knowledge;

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
		Staff manager = new Staff(ContentFixtures.unique("manager"),
				List.of(StaffRole.STAFF_AUTHORITY, StaffRole.SITE_MANAGER.forSite(site.id())));
		handler = new Staff(ContentFixtures.unique("handler"),
				List.of(StaffRole.STAFF_AUTHORITY, StaffRole.LETTER_HANDLER.forSite(site.id())));
		Staff approver = new Staff(ContentFixtures.unique("handler"),
				List.of(StaffRole.STAFF_AUTHORITY, StaffRole.LETTER_HANDLER.forSite(site.id())));
		mailbox = manager.run(() -> handling.createMailbox(site.id(),
				MailboxSettings.of("咨询", MailboxKind.CONSULTATION, false, List.of())));
		LetterReceipt receipt = letters.submit(mailbox, new NewLetter("林一", true,
				"137" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L), null, null, "医保缴费",
				"城乡居民医保每年什么时候交？", true));
		long letter = jdbc.sql("select id from interaction_letter where query_code = :c").param("c", receipt.queryCode())
			.query(Long.class).single();
		handler.run(() -> handling.accept(letter, false));
		handler.run(() -> handling.draftReply(letter, "每年9月至12月集中缴纳下一年度的城乡居民医疗保险费。"));
		approver.run(() -> handling.approveReply(letter, true));
		entry = handler.run(() -> knowledge.fromLetter(letter, new KnowledgeBase.Draft("城乡居民医疗保险每年什么时候缴费？",
				"每年9月至12月集中缴纳下一年度的城乡居民医疗保险费，可在银行网点或手机上缴纳。", "社会保障", true)));
		documents.published(site.editor(), site.reviewer(), site.id(), site.policy(), "关于调整城乡居民医疗保险缴费标准的通知");
		search.settle();
	}

	@Test
	void aQuestionAnsweredInTheKnowledgeBaseShowsThatEntryFirstWithItsSource() throws Exception {
		mvc.perform(from("10.0.22.1", get("/api/public/assistant").param("site", site.code())
				.param("q", "城乡居民医疗保险什么时候缴费？")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answered").value(true))
			.andExpect(jsonPath("$.siteCode").value(site.code()))
			.andExpect(jsonPath("$.answers[0].source").value("KNOWLEDGE"))
			.andExpect(jsonPath("$.answers[0].sourceName").value("知识库"))
			.andExpect(jsonPath("$.answers[0].title").value("城乡居民医疗保险每年什么时候缴费？"))
			.andExpect(jsonPath("$.answers[0].url").value("/letters/knowledge/" + entry))
			.andExpect(jsonPath("$.answers[1].source").value("POLICY"))
			.andExpect(jsonPath("$.answers[1].title").value("关于调整城乡居民医疗保险缴费标准的通知"))
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

		handler.run(() -> gaps.close(open.getFirst().id()));
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
				.param("q", "<script>alert(1)</script>医疗保险缴费")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");

		String answered = mvc.perform(from("10.0.22.4", get("/assistant").param("site", site.code())
				.param("q", "城乡居民医疗保险什么时候缴费")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(answered).contains("出处：知识库").contains("/letters/knowledge/" + entry);
	}

	private static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
		return request.with(mock -> {
			mock.setRemoteAddr(address);
			return mock;
		});
	}
}
