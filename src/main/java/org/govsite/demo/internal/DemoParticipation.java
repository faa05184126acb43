package org.govsite.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.govsite.identity.StaffRole;
import org.govsite.interaction.Adoption;
import org.govsite.interaction.Interviews;
import org.govsite.interaction.NewInterview;
import org.govsite.interaction.NewSolicitation;
import org.govsite.interaction.NewSurvey;
import org.govsite.interaction.OpinionView;
import org.govsite.interaction.QuestionKind;
import org.govsite.interaction.Solicitations;
import org.govsite.interaction.Surveys;
import org.govsite.platform.RunAs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The portal's public participation: a solicitation closed with its adoption report, a survey open
 * (without responses: each would email its confirmation link, and demo addresses are nobody's), and
 * an interview held and archived. Written through the interaction module by the portal's letter
 * handler; only the dates of the past are set afterwards (a solicitation takes opinions only while
 * open, and the demo is created today).
 */
@Component
class DemoParticipation {

	private final Solicitations solicitations;

	private final Surveys surveys;

	private final Interviews interviews;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoParticipation(Solicitations solicitations, Surveys surveys, Interviews interviews, JdbcClient jdbc, Clock clock) {
		this.solicitations = solicitations;
		this.surveys = surveys;
		this.interviews = interviews;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void create(long portalId) {
		String handler = DemoCounty.portal().prefix() + ".letters";
		String[] roles = { StaffRole.LETTER_HANDLER.forSite(portalId), StaffRole.STAFF_AUTHORITY };
		RunAs.actor(handler, () -> {
			solicitation(portalId);
			survey(portalId);
			interview(portalId);
		}, roles);
	}

	private void solicitation(long portalId) {
		LocalDate today = LocalDate.now(clock);
		long id = solicitations.create(portalId, new NewSolicitation("关于《示例县城市绿化管理办法（征求意见稿）》公开征求意见",
				"""
				第一条 为了加强城市绿化管理，改善生态环境，根据有关法律法规，结合本县实际，制定本办法。
				第二条 本县城市规划区内绿化的规划、建设、保护和管理，适用本办法。
				第三条 新建居住区绿地率不得低于百分之三十。
				第四条 任何单位和个人不得擅自砍伐、移植城市树木。""", null, today.minusDays(40), today, false));
		solicitations.submit(id, "周先生", null, "建议在老城区利用边角地建设口袋公园，方便老人和儿童就近休闲。");
		solicitations.submit(id, "吴女士", "13900000011", "第三条绿地率建议提高到百分之三十五。");
		solicitations.submit(id, "郑先生", null, "建议明确树木移植的审批时限。");
		solicitations.submit(id, "广告", null, "专业绿化工程，价格优惠，请联系。");
		List<OpinionView> opinions = solicitations.opinions(id);
		for (OpinionView opinion : opinions) {
			solicitations.moderate(opinion.id(), !opinion.writerName().equals("广告"));
		}
		// the period ended 35 days ago: the adoption report below was published on time, 5 days before its deadline
		jdbc.sql("update interaction_solicitation set opens_on = :opens, closes_on = :closes, result_due_on = :due where id = :id")
			.param("opens", today.minusDays(65)).param("closes", today.minusDays(35)).param("due", today.minusDays(35).plusMonths(1))
			.param("id", id).update();
		solicitations.decide(opinions.get(0).id(), Adoption.ADOPTED, null);
		solicitations.decide(opinions.get(1).id(), Adoption.NOT_ADOPTED, "百分之三十为国家标准的下限，本县新建居住区实际已普遍高于此值，暂不作调整。");
		solicitations.decide(opinions.get(2).id(), Adoption.PARTLY, "审批时限将在配套的实施细则中明确。");
		solicitations.publishResult(id, "征集期间共收到意见 4 条，其中有效意见 3 条，1 条为广告信息未予采用。",
				"采纳 1 条：增加利用边角地建设口袋公园的规定（第五条）。\n部分采纳 1 条：树木移植审批时限在实施细则中明确。\n"
						+ "未采纳 1 条：绿地率维持百分之三十，理由见各条意见。");
		jdbc.sql("update interaction_solicitation set result_published_at = result_published_at - interval '30 days' where id = :id")
			.param("id", id).update();
	}

	private void survey(long portalId) {
		LocalDate today = LocalDate.now(clock);
		surveys.create(portalId, new NewSurvey("示例县公共交通满意度调查", "为改进公交服务，现开展满意度调查，每人限答一次，约需两分钟。",
				today.minusDays(3), today.plusDays(27),
				List.of(new NewSurvey.Question(QuestionKind.SINGLE, "您对本县公交服务总体满意吗？", true, List.of("满意", "基本满意", "不满意")),
						new NewSurvey.Question(QuestionKind.MULTIPLE, "您希望优先改进哪些方面？", false,
								List.of("增加班次", "延长运营时间", "优化线路", "改善候车亭")),
						new NewSurvey.Question(QuestionKind.TEXT, "您的其他建议", false, List.of()))));
	}

	private void interview(long portalId) {
		LocalDateTime start = LocalDate.now(clock).minusDays(14).atTime(10, 0);
		long id = interviews.schedule(portalId, new NewInterview("优化营商环境 助力企业发展", "县发展改革局局长 王建国；县市场监管局副局长 李芳",
				"本期访谈邀请县发展改革局、县市场监管局负责同志，介绍优化营商环境的新举措，并回答网友提问。", start));
		interviews.ask(id, "创业者小张", "在本县开办一家小餐馆，营业执照多久能办下来？");
		interviews.ask(id, "网友", "企业开办有哪些费用可以减免？");
		interviews.start(id);
		interviews.remark(id, "主持人", "各位网友大家好，欢迎参加本期在线访谈。", null);
		List<Long> questions = interviews.questions(id).stream().map(question -> question.id()).toList();
		interviews.moderate(questions.get(0), true);
		interviews.answer(questions.get(0), "李芳", "材料齐全的，营业执照当天即可办结，食品经营许可证承诺 5 个工作日内办结。", null);
		interviews.moderate(questions.get(1), true);
		interviews.remark(id, "王建国", "本县已实现企业开办全程网办，欢迎大家来创业。", null);
		interviews.end(id);
		interviews.answer(questions.get(1), "王建国", "新开办企业免费刻制首套印章，免费邮寄营业执照。", null);
		interviews.archive(id);
		jdbc.sql("update interaction_interview set ended_on = :ended where id = :id").param("ended", start.toLocalDate())
			.param("id", id).update();
	}
}
