package org.govsite.interaction;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.govsite.content.ContentFixtures;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.platform.WorkItem;
import org.govsite.platform.WorkbenchSource;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Solicitations, surveys and interviews from the citizen's form to what the site shows: nothing
 * shown before a moderator passed it, markup in every citizen field shown as text, bad input
 * refused in Chinese with nothing stored, one counted response per person however two
 * confirmations interleave, and the results reminder one month after the end (test clock).
 */
@IntegrationTest
class ParticipationTests {

	static final String SCRIPT = "<script>alert('x')</script>";

	static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";

	@Autowired
	MockMvc mvc;

	@Autowired
	LetterFixtures fixtures;

	@Autowired
	ProofOfWork proof;

	@Autowired
	Solicitations solicitations;

	@Autowired
	Surveys surveys;

	@Autowired
	Interviews interviews;

	@Autowired
	@Qualifier("participationResults")
	WorkbenchSource workbench;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	LetterFixtures.Desk desk;

	Staff handler;

	@BeforeEach
	void desk() {
		desk = fixtures.desk(false);
		handler = desk.portalHandler();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	/** A client address of its own: the per-address limit is not what is tested here. */
	static RequestPostProcessor elsewhere() {
		String address = "10." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256) + "."
				+ ThreadLocalRandom.current().nextInt(1, 255);
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** A citizen's form post with the challenge solved. */
	MockHttpServletRequestBuilder citizen(String path) {
		ProofOfWork.Challenge challenge = proof.issue();
		return post(path).with(csrf()).with(elsewhere()).param("challenge", challenge.challenge())
			.param("solution", ProofOfWork.solve(challenge));
	}

	int count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

	long solicitation(LocalDate opens, LocalDate closes) {
		return handler.run(() -> solicitations.create(desk.portal(), new NewSolicitation("关于《示例县城市绿化管理办法（征求意见稿）》公开征求意见",
				"第一条 为了加强城市绿化管理……" + SCRIPT, "/xxgk/zqyj/1.html", opens, closes, false)));
	}

	@Test
	void anOpinionIsShownOnceModeratedAsTextAndTheAdoptionReportIsPublished() throws Exception {
		LocalDate today = LocalDate.now(clock);
		long id = solicitation(today.minusDays(3), today.plusDays(10));
		mvc.perform(citizen("/letters/solicitations/" + id).param("name", SCRIPT).param("content", "建议增加口袋公园。" + SCRIPT))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("您的意见已提交")));
		long opinion = jdbc.sql("select id from interaction_opinion where solicitation_id = :s").param("s", id).query(Long.class).single();
		mvc.perform(get("/letters/solicitations/" + id))
			.andExpect(content().string(not(containsString("建议增加口袋公园"))))
			.andExpect(content().string(containsString("第一条 为了加强城市绿化管理……" + ESCAPED)));

		handler.run(() -> solicitations.moderate(opinion, true));
		mvc.perform(get("/letters/solicitations/" + id))
			.andExpect(content().string(containsString("建议增加口袋公园。" + ESCAPED)))
			.andExpect(content().string(containsString("<strong>" + ESCAPED + "</strong>")))
			.andExpect(content().string(not(containsString(SCRIPT))));

		clock.setTo(today.plusDays(11).atTime(9, 0));
		handler.run(() -> solicitations.decide(opinion, Adoption.PARTLY, "口袋公园纳入规划，选址另行论证。" + SCRIPT));
		handler.run(() -> solicitations.publishResult(id, "共收到意见 1 条。", "采纳情况如下：" + SCRIPT));
		mvc.perform(get("/letters/solicitations/" + id))
			.andExpect(content().string(containsString("意见采纳情况")))
			.andExpect(content().string(containsString("部分采纳")))
			.andExpect(content().string(containsString("采纳情况如下：" + ESCAPED)))
			.andExpect(content().string(not(containsString(SCRIPT))))
			.andExpect(content().string(not(containsString("提交意见</button>"))));
	}

	@Test
	void aBadOpinionIsRefusedInChineseAndNothingIsStored() throws Exception {
		LocalDate today = LocalDate.now(clock);
		long open = solicitation(today, today.plusDays(10));
		long closed = solicitation(today.minusDays(20), today.minusDays(1));
		int before = count("interaction_opinion");
		mvc.perform(citizen("/letters/solicitations/" + open).param("name", "张三").param("content", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写内容。")));
		mvc.perform(citizen("/letters/solicitations/" + open).param("name", "张三").param("content", "字".repeat(5001)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("内容不能超过 5000 个字。")));
		mvc.perform(post("/letters/solicitations/" + open).with(csrf()).with(elsewhere()).param("name", "张三").param("content", "意见")
				.param("challenge", "1.2.3").param("solution", "4"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("安全验证未通过")));
		mvc.perform(citizen("/letters/solicitations/" + closed).param("name", "张三").param("content", "意见"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("不在征集")));
		mvc.perform(citizen("/letters/solicitations/999999999").param("name", "张三").param("content", "意见"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("未找到")));
		assertThat(count("interaction_opinion")).isEqualTo(before);
	}

	long survey(LocalDate opens, LocalDate closes) {
		return handler.run(() -> surveys.create(desk.portal(), new NewSurvey("示例县公共交通满意度调查", "请您如实填写。", opens, closes,
				List.of(new NewSurvey.Question(QuestionKind.SINGLE, "您对公交服务满意吗？", true, List.of("满意", "基本满意", "不满意")),
						new NewSurvey.Question(QuestionKind.MULTIPLE, "您常坐哪些线路？", false, List.of("1路", "2路", "3路")),
						new NewSurvey.Question(QuestionKind.TEXT, "您的建议", false, List.of())))));
	}

	String token(long survey) {
		return jdbc.sql("select confirm_token from interaction_survey_response where survey_id = :s and confirmed_at is null order by id desc limit 1")
			.param("s", survey).query(String.class).single();
	}

	@Test
	void onePersonIsCountedOnceHoweverTwoConfirmationsInterleave() throws Exception {
		LocalDate today = LocalDate.now(clock);
		long id = survey(today.minusDays(1), today.plusDays(5));
		SurveyView survey = surveys.shown(id).orElseThrow();
		SurveyQuestion first = survey.questions().get(0);
		Map<Long, List<String>> answers = Map.of(first.id(), List.of(Long.toString(first.options().get(0).id())));
		String email = ContentFixtures.unique("citizen") + "@example.cn";
		surveys.submit(id, email, answers, "http://localhost/letters/surveys/confirm?token=");
		String one = token(id);
		surveys.submit(id, email.toUpperCase(), answers, "http://localhost/letters/surveys/confirm?token=");
		String two = token(id);
		assertThat(one).isNotEqualTo(two);

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Boolean>> results = new ArrayList<>();
		for (String token : List.of(one, two)) {
			Callable<Boolean> confirm = () -> {
				start.await();
				try {
					surveys.confirm(token);
					return true;
				}
				catch (ParticipationRefused refused) {
					assertThat(refused.code()).isEqualTo("participation.survey.already");
					return false;
				}
			};
			results.add(pool.submit(confirm));
		}
		start.countDown();
		int confirmed = 0;
		for (Future<Boolean> result : results) {
			confirmed += result.get() ? 1 : 0;
		}
		pool.shutdown();
		assertThat(confirmed).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from interaction_survey_response where survey_id = :s and confirmed_at is not null")
			.param("s", id).query(Integer.class).single()).isEqualTo(1);
		assertThat(handler.run(() -> surveys.liveTally(id)).questions().get(0).optionCounts()).containsExactly(1L, 0L, 0L);

		mvc.perform(citizen("/letters/surveys/" + id).param("q" + first.id(), Long.toString(first.options().get(1).id()))
				.param("email", email))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("该电子邮箱已参加过本次调查")));
	}

	@Test
	void badAnswersAreRefusedInChineseAndNothingIsStored() throws Exception {
		LocalDate today = LocalDate.now(clock);
		long id = survey(today, today.plusDays(5));
		SurveyView survey = surveys.shown(id).orElseThrow();
		SurveyQuestion single = survey.questions().get(0);
		int before = count("interaction_survey_response");
		mvc.perform(citizen("/letters/surveys/" + id).param("email", "a@example.cn"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("第 1 题为必答题")));
		mvc.perform(citizen("/letters/surveys/" + id).param("email", "a@example.cn")
				.param("q" + single.id(), Long.toString(single.options().get(0).id()), Long.toString(single.options().get(1).id())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("第 1 题为单选题")));
		mvc.perform(citizen("/letters/surveys/" + id).param("email", "a@example.cn").param("q" + single.id(), "999999999"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("第 1 题的选项无效")));
		mvc.perform(citizen("/letters/surveys/" + id).param("email", "not-an-address")
				.param("q" + single.id(), Long.toString(single.options().get(0).id())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("电子邮箱格式不正确")));
		mvc.perform(get("/letters/surveys/confirm").param("token", "nothing"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("确认链接无效")));
		mvc.perform(get("/letters/surveys/" + id + "/results")).andExpect(status().isNotFound());
		assertThat(count("interaction_survey_response")).isEqualTo(before);
	}

	@Test
	void thePublicApiRefusesBadAnswersAsProblemsInChineseAndStoresNothing() throws Exception {
		LocalDate today = LocalDate.now(clock);
		long id = survey(today, today.plusDays(5));
		int before = count("interaction_survey_response");
		mvc.perform(post("/api/public/surveys/" + id + "/responses").with(elsewhere()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"a@example.cn\",\"answers\":{}," + fixtures.challengeJson() + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("第 1 题为必答题，请作答。"))
			.andExpect(jsonPath("$.code").value("participation.survey.required"));
		mvc.perform(post("/api/public/surveys/" + id + "/responses").with(elsewhere()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"a@example.cn\",\"answers\":{}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("安全验证未通过或已过期，请刷新页面后重新提交。"));
		mvc.perform(post("/api/public/solicitations/999999999/opinions").with(elsewhere()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"张三\",\"content\":\"意见\"," + fixtures.challengeJson() + "}"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("未找到该征集、调查或访谈。"));
		mvc.perform(get("/api/public/surveys/" + id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.questions[0].kind").value("SINGLE"));
		assertThat(count("interaction_survey_response")).isEqualTo(before);
	}

	@Test
	void aSurveysFreeTextStaysWithStaffAndTheResultsArePublishedAsXlsx() throws Exception {
		LocalDate today = LocalDate.now(clock);
		long id = survey(today.minusDays(5), today);
		SurveyView survey = surveys.shown(id).orElseThrow();
		SurveyQuestion single = survey.questions().get(0);
		SurveyQuestion text = survey.questions().get(2);
		mvc.perform(citizen("/letters/surveys/" + id).param("email", ContentFixtures.unique("x") + "@example.cn")
				.param("q" + single.id(), Long.toString(single.options().get(2).id())).param("q" + text.id(), SCRIPT))
			.andExpect(status().isOk());
		mvc.perform(get("/letters/surveys/confirm").param("token", token(id)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已确认")));
		mvc.perform(get("/admin/participation/surveys/" + id + "/tally").with(LetterHandlingTests.as(handler)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ESCAPED)));
		clock.setTo(today.plusDays(1).atTime(9, 0));
		handler.run(() -> surveys.publishResults(id));
		mvc.perform(get("/letters/surveys/" + id + "/results"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("有效答卷 1 份")))
			.andExpect(content().string(not(containsString("alert"))));
		byte[] xlsx = mvc.perform(get("/letters/surveys/" + id + "/results.xlsx")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("示例县公共交通满意度调查");
			assertThat(sheet.getRow(6).getCell(3).getStringCellValue()).isEqualTo("不满意");
			assertThat(sheet.getRow(6).getCell(4).getNumericCellValue()).isEqualTo(1.0);
		}
	}

	@Test
	void anInterviewQuestionAppearsAsTextOnceApprovedAndTheArchiveKeepsTheTranscript() throws Exception {
		long id = handler.run(() -> interviews.schedule(desk.portal(), new NewInterview("优化营商环境在线访谈", "县发展改革局局长 王某",
				"本期访谈介绍优化营商环境的新举措。", LocalDateTime.now(clock).plusHours(1))));
		mvc.perform(citizen("/letters/interviews/" + id + "/questions").param("name", SCRIPT).param("content", "开办企业要几天？" + SCRIPT))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("您的问题已提交")));
		mvc.perform(citizen("/letters/interviews/" + id + "/questions").param("name", "李四").param("content", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写内容。")));
		long question = jdbc.sql("select id from interaction_interview_question where interview_id = :i").param("i", id)
			.query(Long.class).single();
		mvc.perform(get("/letters/interviews/" + id)).andExpect(content().string(not(containsString("开办企业要几天"))));

		handler.run(() -> interviews.start(id));
		handler.run(() -> interviews.moderate(question, true));
		mvc.perform(get("/letters/interviews/" + id))
			.andExpect(content().string(containsString("网友 " + ESCAPED + "：")))
			.andExpect(content().string(containsString("开办企业要几天？" + ESCAPED)))
			.andExpect(content().string(not(containsString(SCRIPT))))
			.andExpect(content().string(containsString("data-live=\"/letters/interviews/" + id + "/live\"")));
		String stream = mvc.perform(get("/letters/interviews/" + id + "/live").param("after", "0").with(elsewhere()))
			.andExpect(request().asyncStarted())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(stream).as("the transcript so far, as server-sent events").contains("event:entry").contains("开办企业要几天？");
		handler.run(() -> interviews.end(id));
		assertThat(handler.run(() -> interviews.questions(id)).get(0).answerDueOn()).as("due within 5 working days").isNotNull();
		handler.run(() -> interviews.answer(question, "王某", "全程网办，一个工作日内办结。", null));
		handler.run(() -> interviews.archive(id));
		jdbc.sql("update interaction_interview set title = 'changed' where id = :id").param("id", id).update();
		mvc.perform(get("/letters/interviews/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("优化营商环境在线访谈")))
			.andExpect(content().string(containsString("已归档")))
			.andExpect(content().string(containsString("开办企业要几天？" + ESCAPED)))
			.andExpect(content().string(containsString("全程网办，一个工作日内办结。")))
			.andExpect(content().string(not(containsString("<script"))))
			.andExpect(content().string(not(containsString("<form"))));
		mvc.perform(citizen("/letters/interviews/" + id + "/questions").param("name", "李四").param("content", "还有问题"))
			.andExpect(status().isConflict());
		mvc.perform(get("/letters/interviews/" + id + "/live").with(elsewhere())).andExpect(status().isNoContent());
	}

	@Test
	void theConsoleRefusesABadQuestionnaireOrPeriodInChineseAndStoresNothing() throws Exception {
		int surveysBefore = count("interaction_survey");
		int solicitationsBefore = count("interaction_solicitation");
		mvc.perform(LetterHandlingTests.console("/admin/participation/surveys", handler).param("site", Long.toString(desk.portal()))
				.param("title", "调查").param("description", "说明").param("questions", "问答 这是什么？")
				.param("opensOn", "2026-12-01").param("closesOn", "2026-12-31"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("errorMessage", containsString("问卷格式有误：“问答 这是什么？”")));
		mvc.perform(LetterHandlingTests.console("/admin/participation/surveys", handler).param("site", Long.toString(desk.portal()))
				.param("title", "调查").param("description", "说明").param("questions", "单选* 满意吗？\n- 满意")
				.param("opensOn", "2026-12-01").param("closesOn", "2026-12-31"))
			.andExpect(flash().attribute("errorMessage", containsString("单选题和多选题应有 2 至 20 个选项")));
		mvc.perform(LetterHandlingTests.console("/admin/participation/solicitations", handler).param("site", Long.toString(desk.portal()))
				.param("title", "征集").param("draft", "正文").param("draftUrl", "javascript:alert(1)")
				.param("opensOn", "2026-12-01").param("closesOn", "2026-12-31"))
			.andExpect(flash().attribute("errorMessage", containsString("征求意见稿链接应以 http://、https:// 或 / 开头")));
		mvc.perform(LetterHandlingTests.console("/admin/participation/solicitations", handler).param("site", Long.toString(desk.portal()))
				.param("title", "征集").param("draft", "正文").param("opensOn", "2026-12-31").param("closesOn", "2026-12-01"))
			.andExpect(flash().attribute("errorMessage", containsString("截止日期不能早于开始日期")));
		mvc.perform(LetterHandlingTests.console("/admin/participation/solicitations", desk.departmentHandler())
				.param("site", Long.toString(desk.portal())).param("title", "征集").param("draft", "正文")
				.param("opensOn", "2026-12-01").param("closesOn", "2026-12-31"))
			.andExpect(status().is3xxRedirection());
		assertThat(count("interaction_survey")).isEqualTo(surveysBefore);
		assertThat(count("interaction_solicitation")).as("nor for a site the user does not handle").isEqualTo(solicitationsBefore);
	}

	@Test
	void theContentCheckShowsTheModeratorWhatItFoundBeforeTheyDecide() throws Exception {
		LocalDate today = LocalDate.now(clock);
		long id = solicitation(today, today.plusDays(10));
		mvc.perform(citizen("/letters/solicitations/" + id).param("name", "赵六").param("content", "新闻里写了台湾政府，应当更正。"))
			.andExpect(status().isOk());
		mvc.perform(get("/admin/participation/solicitations/" + id).with(LetterHandlingTests.as(handler)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("内容检查发现须修改的问题")))
			.andExpect(content().string(containsString("台湾当局")));
		mvc.perform(get("/letters/solicitations/" + id)).andExpect(content().string(not(containsString("台湾政府"))));

		long interview = handler.run(() -> interviews.schedule(desk.portal(), new NewInterview("访谈", "嘉宾", "预告",
				LocalDateTime.now(clock).plusHours(1))));
		mvc.perform(citizen("/letters/interviews/" + interview + "/questions").param("name", "赵六").param("content", "台湾政府的说法对吗？"))
			.andExpect(status().isOk());
		mvc.perform(get("/admin/participation/interviews/" + interview).with(LetterHandlingTests.as(handler)))
			.andExpect(content().string(containsString("台湾当局")));
	}

	@Test
	void theWorkbenchRemindsOfResultsNotPublishedAMonthAfterTheEnd() {
		clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
		long id = solicitation(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31));
		var user = new UsernamePasswordAuthenticationToken(handler.username(), "",
				handler.authorities().stream().map(SimpleGrantedAuthority::new).toList());
		String path = "/admin/participation/solicitations/" + id;

		assertThat(workbench.itemsFor(user)).noneMatch(item -> item.path().equals(path));
		clock.setTo(LocalDateTime.of(2026, 4, 1, 9, 0));
		WorkItem due = workbench.itemsFor(user).stream().filter(item -> item.path().equals(path)).findFirst().orElseThrow();
		assertThat(due.due()).isEqualTo(LocalDate.of(2026, 4, 30));
		assertThat(due.title()).doesNotContain("逾期");
		clock.setTo(LocalDateTime.of(2026, 5, 1, 9, 0));
		due = workbench.itemsFor(user).stream().filter(item -> item.path().equals(path)).findFirst().orElseThrow();
		assertThat(due.title()).startsWith("【逾期】意见征集结果待公布");
		assertThat(due.overdueOn(LocalDate.of(2026, 5, 1))).isTrue();

		clock.setTo(LocalDateTime.of(2026, 5, 4, 9, 0));
		handler.run(() -> solicitations.publishResult(id, "未收到意见。", "未收到意见，按原稿印发。"));
		assertThat(workbench.itemsFor(user)).noneMatch(item -> item.path().equals(path));
		assertThat(handler.run(() -> solicitations.handled(id)).daysLate(LocalDate.of(2026, 5, 10), clock.getZone()))
			.as("published four days late, and it stays so").isEqualTo(4);
	}
}
