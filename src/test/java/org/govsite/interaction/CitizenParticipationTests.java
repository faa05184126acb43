package org.govsite.interaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.govsite.identity.internal.CitizenFixtures;
import org.govsite.interaction.internal.PersonalData;
import org.govsite.publish.PublishFixtures;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A signed-in citizen (公众账号) in surveys and subscriptions: answers once per account, counted at
 * once; subscribes with the account's verified email, live at once, and ends it from 我的; and what
 * was written before the email digests were kept is claimed by the verified email all the same.
 */
@IntegrationTest
class CitizenParticipationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CitizenFixtures citizens;

	@Autowired
	LetterFixtures letters;

	@Autowired
	PublishFixtures sites;

	@Autowired
	ProofOfWork proof;

	@Autowired
	Surveys surveys;

	@Autowired
	PersonalData personal;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	LetterFixtures.Desk desk;

	@BeforeEach
	void desk() {
		desk = letters.desk(false);
	}

	@Test
	void aSignedInCitizenAnswersOncePerAccountCountedAtOnceAndSeesItOnMine() throws Exception {
		CitizenFixtures.SignedIn citizen = citizens.signedIn(mvc, "钱八");
		long id = survey("示例县夜间公交需求调查");
		SurveyQuestion first = surveys.shown(id).orElseThrow().questions().get(0);
		String choice = Long.toString(first.options().get(0).id());

		mvc.perform(get("/letters/surveys/" + id).session(citizen.session())).andExpect(status().isOk())
			.andExpect(content().string(containsString("以公众账号")))
			.andExpect(content().string(not(containsString("name=\"email\""))));
		mvc.perform(answer(id, citizen.session()).param("q" + first.id(), choice)).andExpect(status().isOk())
			.andExpect(content().string(containsString("答卷已提交并计入统计")));
		assertThat(jdbc.sql("select count(*) from interaction_survey_response where survey_id = ? and citizen_id is not null"
				+ " and confirmed_at is not null and email is null").param(id).query(Integer.class).single())
			.as("counted at once for the account, no address kept").isEqualTo(1);

		mvc.perform(answer(id, citizen.session()).param("q" + first.id(), choice)).andExpect(status().isConflict())
			.andExpect(content().string(containsString("您的账号已参加过本次调查")));
		assertThat(count(id)).isEqualTo(1);

		long other = survey("示例县公园开放时间调查");
		SurveyQuestion otherFirst = surveys.shown(other).orElseThrow().questions().get(0);
		Map<Long, List<String>> answers = Map.of(otherFirst.id(), List.of(Long.toString(otherFirst.options().get(1).id())));
		assertThat(surveys.submit(other, citizen.email(), answers, "http://localhost/letters/surveys/confirm?token="))
			.as("without signing in, the email rule").isFalse();
		surveys.confirm(jdbc.sql("select confirm_token from interaction_survey_response where survey_id = ?").param(other)
			.query(String.class).single());
		mvc.perform(answer(other, citizen.session()).param("q" + otherFirst.id(), Long.toString(otherFirst.options().get(0).id())))
			.andExpect(status().isConflict()).andExpect(content().string(containsString("您的账号已参加过本次调查")));
		assertThat(count(other)).as("the account's verified email answered already").isEqualTo(1);

		mvc.perform(get("/my").session(citizen.session())).andExpect(status().isOk())
			.andExpect(content().string(containsString("问卷调查")))
			.andExpect(content().string(containsString("示例县夜间公交需求调查")));
	}

	@Test
	void twoAnswersOfOneAccountAtOnceCountOnce() throws Exception {
		CitizenFixtures.SignedIn citizen = citizens.signedIn(mvc, "王二");
		long id = survey("示例县垃圾分类知晓度调查");
		SurveyQuestion first = surveys.shown(id).orElseThrow().questions().get(0);
		List<MockHttpServletRequestBuilder> requests = List.of(
				answer(id, citizen.session()).param("q" + first.id(), Long.toString(first.options().get(0).id())),
				answer(id, citizen.session()).param("q" + first.id(), Long.toString(first.options().get(2).id())));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Integer>> statuses = new ArrayList<>();
		for (MockHttpServletRequestBuilder request : requests) {
			statuses.add(pool.submit(() -> {
				start.await();
				return mvc.perform(request).andReturn().getResponse().getStatus();
			}));
		}
		start.countDown();
		List<Integer> answered = new ArrayList<>();
		for (Future<Integer> status : statuses) {
			answered.add(status.get());
		}
		pool.shutdown();
		assertThat(answered).containsExactlyInAnyOrder(200, 409);
		assertThat(count(id)).isEqualTo(1);
	}

	@Test
	void aSignedInCitizenSubscribesWithTheVerifiedEmailAtOnceAndEndsItFromMine() throws Exception {
		PublishFixtures.TestSite site = sites.onlineSite();
		CitizenFixtures.SignedIn citizen = citizens.signedIn(mvc, "周九");
		String masked = PersonalData.maskedEmail(citizen.email());

		mvc.perform(get("/subscribe").param("site", site.code()).session(citizen.session())).andExpect(status().isOk())
			.andExpect(content().string(containsString(masked)))
			.andExpect(content().string(not(containsString("name=\"email\""))));
		ProofOfWork.Challenge challenge = proof.issue();
		mvc.perform(post("/subscribe").session(citizen.session()).with(csrf()).with(ParticipationTests.elsewhere())
				.param("site", site.code()).param("email", "someone.else@example.cn").param("channel", Long.toString(site.news()))
				.param("frequency", "DAILY").param("challenge", challenge.challenge())
				.param("solution", ProofOfWork.solve(challenge)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("订阅已生效")));
		List<Map<String, Object>> rows = jdbc.sql("select * from interaction_subscription where site_id = ?").param(site.id())
			.query().listOfRows();
		assertThat(rows).hasSize(1);
		assertThat(rows.getFirst().get("confirmed_at")).as("no second confirmation").isNotNull();
		assertThat(personal.open((String) rows.getFirst().get("email"))).as("the account's verified email, not the typed one")
			.isEqualTo(citizen.email());
		long id = ((Number) rows.getFirst().get("id")).longValue();

		mvc.perform(get("/my").session(citizen.session())).andExpect(status().isOk())
			.andExpect(content().string(containsString("订阅")))
			.andExpect(content().string(containsString("栏目：新闻动态")))
			.andExpect(content().string(containsString("每日摘要至 " + masked)))
			.andExpect(content().string(containsString("/my/subscriptions/" + id + "/end")));

		CitizenFixtures.SignedIn stranger = citizens.signedIn(mvc, "吴十");
		mvc.perform(post("/my/subscriptions/" + id + "/end").session(stranger.session()).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/my/subscriptions/" + id + "/end").with(csrf())).andExpect(redirectedUrl("/citizen/login"));
		assertThat(subscriptions(site)).as("only its own citizen ends it").isEqualTo(1);

		mvc.perform(post("/my/subscriptions/" + id + "/end").session(citizen.session()).with(csrf()))
			.andExpect(redirectedUrl("/my?ended=1"));
		assertThat(subscriptions(site)).isZero();
		mvc.perform(get("/my?ended=1").session(citizen.session())).andExpect(content().string(containsString("已退订")))
			.andExpect(content().string(not(containsString("/my/subscriptions/" + id + "/end"))));
	}

	@Test
	void whatWasWrittenBeforeTheDigestsWereKeptIsClaimedByTheVerifiedEmail() throws Exception {
		CitizenFixtures.SignedIn citizen = citizens.signedIn(mvc, "郑一");
		assertThat(letter("早年来信：北门桥面破损", citizen.email())).isEqualTo(201);
		assertThat(letter("早年来信：别人的", "someone.else@example.cn")).isEqualTo(201);
		long unreadable = letterId("早年来信：别人的");
		long id = survey("示例县老年食堂满意度调查");
		SurveyQuestion first = surveys.shown(id).orElseThrow().questions().get(0);
		surveys.submit(id, citizen.email(), Map.of(first.id(), List.of(Long.toString(first.options().get(0).id()))),
				"http://localhost/letters/surveys/confirm?token=");
		// as the rows were before the accounts: no digest, the address only sealed (one by a key since replaced)
		jdbc.sql("update interaction_letter set email_digest = null where subject like '早年来信：%'").update();
		jdbc.sql("update interaction_letter set email = 'sm4gcm:bm90LWEta2V5' where id = ?").param(unreadable).update();
		jdbc.sql("update interaction_survey_response set email_digest = null where survey_id = ?").param(id).update();

		mvc.perform(post("/my/claim").session(citizen.session()).with(csrf())).andExpect(redirectedUrl("/my?claimed=2"));
		mvc.perform(get("/my").session(citizen.session()))
			.andExpect(content().string(containsString("早年来信：北门桥面破损")))
			.andExpect(content().string(containsString("示例县老年食堂满意度调查")))
			.andExpect(content().string(containsString("待邮件确认")))
			.andExpect(content().string(not(containsString("早年来信：别人的"))));
		assertThat(jdbc.sql("select email_digest from interaction_letter where id = ?").param(unreadable).query(String.class).single())
			.as("looked at once, matches no one").isEmpty();
		mvc.perform(post("/my/claim").session(citizen.session()).with(csrf())).andExpect(redirectedUrl("/my?claimed=0"));
	}

	long survey(String title) {
		LocalDate today = LocalDate.now(clock);
		return desk.portalHandler().run(() -> surveys.create(desk.portal(), new NewSurvey(title, "请您如实填写。",
				today.minusDays(1), today.plusDays(5),
				List.of(new NewSurvey.Question(QuestionKind.SINGLE, "您满意吗？", true, List.of("满意", "基本满意", "不满意"))))));
	}

	MockHttpServletRequestBuilder answer(long survey, MockHttpSession session) {
		ProofOfWork.Challenge challenge = proof.issue();
		return post("/letters/surveys/" + survey).session(session).with(csrf()).with(ParticipationTests.elsewhere())
			.param("challenge", challenge.challenge()).param("solution", ProofOfWork.solve(challenge));
	}

	int count(long survey) {
		return jdbc.sql("select count(*) from interaction_survey_response where survey_id = ? and confirmed_at is not null")
			.param(survey).query(Integer.class).single();
	}

	int subscriptions(PublishFixtures.TestSite site) {
		return jdbc.sql("select count(*) from interaction_subscription where site_id = ?").param(site.id()).query(Integer.class)
			.single();
	}

	int letter(String subject, String email) throws Exception {
		String phone = "139" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
		String fields = LetterFixtures.letter(phone, subject).replace("zhang@example.cn", email);
		return mvc.perform(post("/api/public/mailboxes/" + desk.mailbox() + "/letters")
			.with(request -> CitizenFixtures.remote(request, CitizenFixtures.address()))
			.contentType(MediaType.APPLICATION_JSON).content(letters.body(fields))).andReturn().getResponse().getStatus();
	}

	long letterId(String subject) {
		return jdbc.sql("select max(id) from interaction_letter where subject = ?").param(subject).query(Long.class).single();
	}
}
