package org.govsite.interaction;

import org.govsite.interaction.LetterFixtures.Desk;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govsite.interaction.LetterHandlingTests.as;
import static org.govsite.interaction.LetterHandlingTests.console;
import static org.govsite.interaction.LetterHandlingTests.phone;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The automatic content check of a letter on submission (through platform's TextChecker, the
 * guard's dictionaries): a letter with a blocking phrase is kept, held with its findings for the
 * moderator, and published only after a moderator cleared it.
 */
@IntegrationTest
class LetterTextCheckTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LetterFixtures fixtures;

	@Autowired
	Letters letters;

	@Autowired
	JdbcClient jdbc;

	long idOf(String code) {
		return jdbc.sql("select id from interaction_letter where query_code = :c").param("c", code).query(Long.class).single();
	}

	boolean published(long id) {
		return jdbc.sql("select published from interaction_letter where id = :id").param("id", id).query(Boolean.class).single();
	}

	@Test
	void aLetterWithABlockingPhraseIsKeptHeldAndPublishedOnlyAfterAModeratorClearedIt() throws Exception {
		Desk desk = fixtures.desk(false);
		LetterReceipt receipt = letters.submit(desk.mailbox(),
				new NewLetter("赵六", false, phone(), null, null, "关于台湾政府的提法", "新闻里写了台湾政府，应当更正。", true));
		long id = idOf(receipt.queryCode());

		mvc.perform(get("/admin/letters/" + id).with(as(desk.portalHandler())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"held\"")))
			.andExpect(content().string(containsString("台湾当局")));

		mvc.perform(console("/admin/letters/" + id + "/accept", desk.portalHandler())).andExpect(status().is3xxRedirection());
		mvc.perform(console("/admin/letters/" + id + "/reply", desk.portalHandler()).param("text", "已转告编辑更正。"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(console("/admin/letters/" + id + "/approve", desk.secondPortalHandler()).param("publish", "true"))
			.andExpect(flash().attribute("errorMessage", "来信内容经自动检查发现须修改的问题，请先确认检查结果，才能公开。"));
		assertThat(published(id)).isFalse();
		mvc.perform(get("/letters/replies/" + id)).andExpect(status().isNotFound());

		mvc.perform(console("/admin/letters/" + id + "/clear", desk.portalHandler())).andExpect(status().is3xxRedirection());
		mvc.perform(console("/admin/letters/" + id + "/approve", desk.secondPortalHandler()).param("publish", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeCount(1));
		assertThat(published(id)).isTrue();
		mvc.perform(get("/letters/replies/" + id)).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'interaction.letter.clear' and object_id = :id")
			.param("id", String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aLetterWithoutBlockingFindingsIsNotHeld() {
		Desk desk = fixtures.desk(false);
		LetterReceipt receipt = letters.submit(desk.mailbox(),
				new NewLetter("钱七", false, phone(), null, null, "路灯", "人民路的路灯坏了。", true));
		assertThat(jdbc.sql("select held_findings is null from interaction_letter where id = :id")
			.param("id", idOf(receipt.queryCode())).query(Boolean.class).single()).isTrue();
	}
}
