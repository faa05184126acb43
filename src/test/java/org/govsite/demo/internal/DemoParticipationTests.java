package org.govsite.demo.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.govsite.interaction.LetterFixtures;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo's participation: a closed solicitation with its adoption report, an open survey, an archived interview. */
@IntegrationTest
class DemoParticipationTests {

	@Autowired
	DemoParticipation demo;

	@Autowired
	LetterFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Test
	void aClosedSolicitationWithItsReportAnOpenSurveyAndAnArchivedInterview() throws Exception {
		long portal = fixtures.desk(false).portal();
		demo.create(portal);
		LocalDate today = LocalDate.now(clock);

		long solicitation = jdbc.sql("select id from interaction_solicitation where site_id = :s and result_published_at is not null "
				+ "and closes_on < :today and result_published_at::date <= result_due_on").param("s", portal).param("today", today)
			.query(Long.class).single();
		mvc.perform(get("/letters/solicitations/" + solicitation))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("意见采纳情况")))
			.andExpect(content().string(containsString("未采纳")))
			.andExpect(content().string(not(containsString("专业绿化工程"))))
			.andExpect(content().string(not(containsString("提交意见</button>"))));

		long survey = jdbc.sql("select id from interaction_survey where site_id = :s and opens_on <= :today and closes_on >= :today")
			.param("s", portal).param("today", today).query(Long.class).single();
		mvc.perform(get("/letters/surveys/" + survey)).andExpect(content().string(containsString("提交答卷")));

		long interview = jdbc.sql("select id from interaction_interview where site_id = :s and state = 'ARCHIVED'").param("s", portal)
			.query(Long.class).single();
		mvc.perform(get("/letters/interviews/" + interview))
			.andExpect(content().string(containsString("已归档")))
			.andExpect(content().string(containsString("新开办企业免费刻制首套印章")));
		assertThat(jdbc.sql("select count(*) from interaction_interview_question where interview_id = :i and answered")
			.param("i", interview).query(Integer.class).single()).isEqualTo(2);
	}
}
