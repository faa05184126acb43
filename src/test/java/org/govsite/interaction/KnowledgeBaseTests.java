package org.govsite.interaction;

import java.util.concurrent.ThreadLocalRandom;

import org.govsite.interaction.LetterFixtures.Desk;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.govsite.interaction.LetterHandlingTests.as;
import static org.govsite.interaction.LetterHandlingTests.console;
import static org.govsite.interaction.LetterHandlingTests.phone;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A replied letter becomes a question and answer of the 知识库: edited and classified by a handler,
 * published on the site by subject, offered while a citizen types a question alike; nothing of it
 * shown before it is published, nothing of the writer's contact ever.
 */
@IntegrationTest
class KnowledgeBaseTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LetterFixtures fixtures;

	@Autowired
	Letters letters;

	@Autowired
	LetterHandling handling;

	@Autowired
	JdbcClient jdbc;

	static final String FORBIDDEN = "您没有执行此操作的权限。";

	Desk desk;

	String siteCode;

	@BeforeEach
	void desk() {
		desk = fixtures.desk(false);
		siteCode = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
		jdbc.sql("update site set site_code = :code where id = :id").param("code", siteCode).param("id", desk.portal()).update();
	}

	long replied(String subject, String reply, String phone) {
		LetterReceipt receipt = letters.submit(desk.mailbox(), new NewLetter("周九", false, phone, null, null, subject, "请问怎么办理？", true));
		long id = jdbc.sql("select id from interaction_letter where query_code = :c").param("c", receipt.queryCode())
			.query(Long.class).single();
		desk.portalHandler().run(() -> handling.accept(id, false));
		desk.portalHandler().run(() -> handling.draftReply(id, reply));
		desk.secondPortalHandler().run(() -> handling.approveReply(id, true));
		return id;
	}

	long entryOf(long letterId) {
		return jdbc.sql("select id from interaction_knowledge_entry where letter_id = :l").param("l", letterId)
			.query(Long.class).single();
	}

	@Test
	void aRepliedLetterBecomesAPublishedEntryOfferedToAQuestionAlike() throws Exception {
		String phone = phone();
		long letter = replied("老年人乘坐公交车免费怎么办理", "持老年优待证即可免费乘坐本县公交车，优待证在社区服务中心办理。", phone);
		mvc.perform(console("/admin/letters/" + letter + "/knowledge", desk.portalHandler())
				.param("question", "老年人乘坐公交车如何免费？").param("category", "交通出行")
				.param("answer", "持老年优待证即可免费乘坐本县公交车，<b>优待证</b>在社区服务中心办理。"))
			.andExpect(status().is3xxRedirection());
		long entry = entryOf(letter);

		mvc.perform(get("/letters/knowledge/" + entry)).andExpect(status().isNotFound());
		mvc.perform(get("/api/public/mailboxes/" + desk.mailbox() + "/alike").param("q", "老年人坐公交车免费吗"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));

		mvc.perform(console("/admin/letters/knowledge/" + entry, desk.secondPortalHandler())
				.param("question", "老年人乘坐公交车如何免费？").param("category", "交通出行")
				.param("answer", "持老年优待证即可免费乘坐本县公交车，<b>优待证</b>在社区服务中心办理。").param("published", "true"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/api/public/mailboxes/" + desk.mailbox() + "/alike").param("q", "老年人坐公交车免费吗"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(entry))
			.andExpect(jsonPath("$[0].category").value("交通出行"))
			.andExpect(jsonPath("$[0].url").value("/letters/knowledge/" + entry));
		mvc.perform(get("/api/public/mailboxes/" + desk.mailbox() + "/alike").param("q", "营业执照年检"))
			.andExpect(jsonPath("$", hasSize(0)));

		mvc.perform(get("/letters/knowledge").param("site", siteCode))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("老年人乘坐公交车如何免费？")))
			.andExpect(content().string(containsString("交通出行（1）")));
		mvc.perform(get("/letters/knowledge").param("site", siteCode).param("q", "公交车老年人免费"))
			.andExpect(content().string(containsString("/letters/knowledge/" + entry)));
		mvc.perform(get("/letters/knowledge/" + entry))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;b&gt;优待证&lt;/b&gt;")))
			.andExpect(content().string(not(containsString(phone))))
			.andExpect(content().string(not(containsString("周九"))));
		assertThat(jdbc.sql("select views from interaction_knowledge_entry where id = :id").param("id", entry)
			.query(Integer.class).single()).as("popularity counted").isEqualTo(1);

		mvc.perform(get("/letters/write").param("mailbox", String.valueOf(desk.mailbox())))
			.andExpect(content().string(containsString("/api/public/mailboxes/" + desk.mailbox() + "/alike")));

		assertThat(searchFinds("老年优待证", entry)).as("site search finds the published entry").isTrue();
		mvc.perform(console("/admin/letters/knowledge/" + entry, desk.secondPortalHandler())
				.param("question", "老年人乘坐公交车如何免费？").param("category", "交通出行")
				.param("answer", "持老年优待证即可免费乘坐本县公交车。"))
			.andExpect(status().is3xxRedirection());
		assertThat(searchFinds("老年优待证", -entry)).as("withdrawn: site search no longer finds it").isTrue();
	}

	/**
	 * Whether site search shows the entry (a negative id: no longer shows it) within 30 s: it follows
	 * the 知识库's events after their commit.
	 */
	boolean searchFinds(String words, long entry) throws Exception {
		for (int i = 0; i < 60; i++) {
			String answer = mvc.perform(get("/api/public/search").param("q", words).param("site", siteCode).with(request -> {
				request.setRemoteAddr("10.17.0.1");
				return request;
			})).andReturn().getResponse().getContentAsString();
			if (answer.contains("/letters/knowledge/" + Math.abs(entry)) == entry > 0) {
				return true;
			}
			Thread.sleep(500);
		}
		return false;
	}

	@Test
	void onlyARepliedLetterOnceAndOnlyByAHandlerOfItsSite() throws Exception {
		LetterReceipt receipt = letters.submit(desk.mailbox(), new NewLetter("吴十", null, phone(), null, null, "未答复", "请答复。", true));
		long open = jdbc.sql("select id from interaction_letter where query_code = :c").param("c", receipt.queryCode())
			.query(Long.class).single();
		mvc.perform(console("/admin/letters/" + open + "/knowledge", desk.portalHandler())
				.param("question", "问题").param("category", "其他").param("answer", "答复"))
			.andExpect(flash().attribute("errorMessage", "来信答复后才能收入知识库。"));

		long letter = replied("户口迁移需要什么材料", "需要户口簿和身份证。", phone());
		mvc.perform(console("/admin/letters/" + letter + "/knowledge", desk.portalHandler())
				.param("question", "户口迁移需要什么材料").param("category", "").param("answer", "需要户口簿和身份证。"))
			.andExpect(flash().attribute("errorMessage", "请填写分类。"));
		mvc.perform(console("/admin/letters/" + letter + "/knowledge", desk.departmentHandler())
				.param("question", "户口迁移需要什么材料").param("category", "户籍").param("answer", "需要户口簿和身份证。"))
			.andExpect(flash().attribute("errorMessage", FORBIDDEN));
		mvc.perform(console("/admin/letters/" + letter + "/knowledge", desk.portalHandler())
				.param("question", "户口迁移需要什么材料").param("category", "户籍").param("answer", "需要户口簿和身份证。"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(console("/admin/letters/" + letter + "/knowledge", desk.portalHandler())
				.param("question", "户口迁移需要什么材料").param("category", "户籍").param("answer", "需要户口簿和身份证。"))
			.andExpect(flash().attribute("errorMessage", "该来信已收入知识库。"));
		assertThat(jdbc.sql("select count(*) from interaction_knowledge_entry where letter_id in (:ids)")
			.param("ids", java.util.List.of(open, letter)).query(Integer.class).single()).isEqualTo(1);

		mvc.perform(get("/admin/letters/knowledge").with(as(desk.portalHandler())))
			.andExpect(content().string(containsString("户口迁移需要什么材料")));
		mvc.perform(get("/admin/letters/knowledge/" + entryOf(letter)).with(as(desk.departmentHandler())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/public/mailboxes/" + desk.mailbox() + "/alike").param("q", "x".repeat(501)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("问题不能超过 500 个字。"));
	}
}
