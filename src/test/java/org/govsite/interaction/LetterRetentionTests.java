package org.govsite.interaction;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.govsite.interaction.LetterFixtures.Desk;
import org.govsite.jobs.RecurringJob;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govsite.interaction.LetterHandlingTests.as;
import static org.govsite.interaction.LetterHandlingTests.phone;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The retention period of personal data (3 years by default), by the daily job and the test clock:
 * a letter replied to that long ago loses its phone, email, ID number and unpublished attachments
 * and keeps the name a page shows; its published reply stays; a letter still being handled keeps
 * everything; an answered error report loses its contact.
 */
@IntegrationTest
class LetterRetentionTests {

	@Autowired
	LetterFixtures fixtures;

	@Autowired
	Letters letters;

	@Autowired
	LetterHandling handling;

	@Autowired
	LetterRetention retention;

	@Autowired
	ErrorReports errorReports;

	@Autowired
	List<RecurringJob> jobs;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	Desk desk;

	@BeforeEach
	void desk() {
		desk = fixtures.desk(true);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	long idOf(LetterReceipt receipt) {
		return jdbc.sql("select id from interaction_letter where query_code = :c").param("c", receipt.queryCode())
			.query(Long.class).single();
	}

	Map<String, Object> row(long id) {
		return jdbc.sql("select writer_name, phone, phone_digest, email, id_number, personal_data_removed_at from interaction_letter where id = :id")
			.param("id", id).query().singleRow();
	}

	int attachments(long id) {
		return jdbc.sql("select count(*) from interaction_letter_attachment where letter_id = :id").param("id", id)
			.query(Integer.class).single();
	}

	@Test
	void personalDataIsRemovedOnceTheRetentionPeriodHasPassedSinceTheReply() throws Exception {
		String siteCode = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
		jdbc.sql("update site set site_code = :code, error_report_enabled = true where id = :id")
			.param("code", siteCode).param("id", desk.portal()).update();
		clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
		LetterReceipt replied = letters.submit(desk.mailbox(), new NewLetter("欧阳春", true, phone(), "chun@example.cn",
				"11010519491231002X", "公园开放时间", "请问公园几点开门？", true),
				List.of(new NewAttachment("a.png", LetterAttachmentTests.png())));
		long repliedId = idOf(replied);
		LetterReceipt open = letters.submit(desk.mailbox(), new NewLetter("孙二", false, phone(), null, "11010519491231002X",
				"还在办理", "请答复。", false));
		long openId = idOf(open);
		desk.portalHandler().run(() -> handling.accept(repliedId, false));
		desk.portalHandler().run(() -> handling.draftReply(repliedId, "每天 6:00 开门。"));
		desk.secondPortalHandler().run(() -> handling.approveReply(repliedId, true));
		desk.portalHandler().run(() -> handling.accept(openId, false));
		LetterReceipt report = errorReports.submit(new ErrorReports.NewErrorReport(siteCode, "https://www.example.gov.cn/a.html",
				"TYPO", "错别字", "13900000000"));
		long reportId = jdbc.sql("select id from interaction_error_report where query_code = :c").param("c", report.queryCode())
			.query(Long.class).single();
		desk.portalHandler().run(() -> errorReports.answer(reportId, "已更正。"));

		clock.setTo(LocalDateTime.of(2029, 3, 1, 9, 0));
		retention.run();
		assertThat(row(repliedId).get("phone")).as("within three years").isNotNull();

		clock.setTo(LocalDateTime.of(2029, 3, 3, 9, 0));
		jobs.stream().filter(job -> job.name().equals("interaction.retention")).findFirst().orElseThrow().work().run();
		Map<String, Object> stripped = row(repliedId);
		assertThat(stripped.get("writer_name")).isEqualTo("欧阳女士");
		assertThat(stripped.get("phone")).isNull();
		assertThat(stripped.get("phone_digest")).isNull();
		assertThat(stripped.get("email")).isNull();
		assertThat(stripped.get("id_number")).isNull();
		assertThat(stripped.get("personal_data_removed_at")).isNotNull();
		assertThat(attachments(repliedId)).as("the attachment was never published").isZero();
		assertThat(row(openId).get("phone")).as("still being handled").isNotNull();
		assertThat(row(openId).get("id_number")).isNotNull();
		assertThat(jdbc.sql("select count(*) from interaction_error_report where id = :id and contact is null")
			.param("id", reportId).query(Integer.class).single()).as("the report's contact removed").isEqualTo(1);

		mvc.perform(get("/letters/replies/" + repliedId)).andExpect(status().isOk())
			.andExpect(content().string(containsString("欧阳女士")))
			.andExpect(content().string(containsString("每天 6:00 开门。")));
		mvc.perform(get("/admin/letters/" + repliedId).with(as(desk.portalHandler())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已超过保存期限删除")));
		mvc.perform(get("/admin/letters/" + repliedId + "/contact").with(as(desk.portalHandler())))
			.andExpect(status().isOk());
		assertThat(retention.run()).as("once").isZero();
	}
}
