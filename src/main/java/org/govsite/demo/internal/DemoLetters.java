package org.govsite.demo.internal;

import java.util.List;

import org.govsite.identity.StaffRole;
import org.govsite.interaction.LetterHandling;
import org.govsite.interaction.LetterReceipt;
import org.govsite.interaction.Letters;
import org.govsite.interaction.MailboxKind;
import org.govsite.interaction.MailboxSettings;
import org.govsite.interaction.NewLetter;
import org.govsite.interaction.Satisfaction;
import org.govsite.platform.RunAs;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The portal's mailboxes (县长信箱 passing letters to the departments, 咨询, 投诉 with real names) and
 * letters in every state: waiting, rejected, passed on, a reply in review, replies published and
 * rated. Written through the interaction module as its staff would: the portal's letter handler
 * handles and drafts, its site manager reviews.
 */
@Component
class DemoLetters {

	private final Letters letters;

	private final LetterHandling handling;

	private final JdbcClient jdbc;

	private final DemoKnowledge knowledge;

	DemoLetters(Letters letters, LetterHandling handling, JdbcClient jdbc, DemoKnowledge knowledge) {
		this.knowledge = knowledge;
		this.letters = letters;
		this.handling = handling;
		this.jdbc = jdbc;
	}

	void create(long portalId, List<Long> departmentIds) {
		String prefix = DemoCounty.portal().prefix();
		String manager = prefix + ".manager";
		String handler = prefix + ".letters";
		String[] managerRoles = { StaffRole.SITE_MANAGER.forSite(portalId), StaffRole.STAFF_AUTHORITY };
		String[] handlerRoles = { StaffRole.LETTER_HANDLER.forSite(portalId), StaffRole.STAFF_AUTHORITY };
		long leader = RunAs.actor(manager, () -> handling.createMailbox(portalId,
				MailboxSettings.of("县长信箱", MailboxKind.LEADER, false, departmentIds)), managerRoles);
		long consultation = RunAs.actor(manager, () -> handling.createMailbox(portalId,
				MailboxSettings.of("咨询", MailboxKind.CONSULTATION, false, departmentIds)), managerRoles);
		RunAs.actor(manager, () -> handling.createMailbox(portalId,
				MailboxSettings.of("投诉", MailboxKind.COMPLAINT, true, departmentIds)), managerRoles);

		write(leader, "周", false, "13900000001", "建议在人民公园增设儿童游乐设施", "人民公园是市民休闲的主要场所，但儿童游乐设施较少，建议增设。");
		long rejected = write(leader, "吴", true, "13900000002", "推销产品", "本公司提供各类办公用品，欢迎选购。");
		RunAs.actor(handler, () -> handling.reject(rejected, "内容与政务无关"), handlerRoles);
		long passedOn = write(leader, "郑", false, "13900000003", "城东路段积水严重", "每逢下雨，城东路与建设路交叉口积水严重，影响出行。");
		RunAs.actor(handler, () -> {
			handling.accept(passedOn, false);
			if (!departmentIds.isEmpty()) {
				handling.assign(passedOn, departmentIds.get(0));
			}
		}, handlerRoles);
		long inReview = write(consultation, "王", true, "13900000004", "新生儿医保如何办理", "孩子刚出生，请问新生儿医保在哪里办理，需要什么材料？");
		RunAs.actor(handler, () -> {
			handling.accept(inReview, true);
			handling.draftReply(inReview, "新生儿可在出生后三个月内，凭出生医学证明和户口簿到县医保服务中心或通过“医保服务”小程序办理参保登记。");
		}, handlerRoles);
		long library = replied(leader, "冯", false, "13900000005", "建议延长图书馆开放时间", "县图书馆周末下午五点闭馆，建议延长到晚上八点。",
				"感谢您的建议。自下月起，县图书馆周六、周日开放时间延长至20:00。", handler, handlerRoles, manager, managerRoles, null);
		long yearReport = replied(consultation, "陈", true, "13900000006", "个体工商户年报截止时间", "请问个体工商户年度报告什么时候截止？",
				"个体工商户年度报告时间为每年1月1日至6月30日，可通过国家企业信用信息公示系统填报。", handler, handlerRoles, manager,
				managerRoles, Satisfaction.SATISFIED);
		replied(leader, "褚", false, "13900000007", "小区路灯损坏", "幸福小区东门外三盏路灯已损坏一个多月。",
				"经县城管局核实，损坏路灯已于本周更换，感谢您的监督。", handler, handlerRoles, manager, managerRoles,
				Satisfaction.FAIRLY_SATISFIED);
		DemoCounty.DemoSite portal = DemoCounty.portal();
		knowledge.create(portal.siteCode(), portal.domain(),
				List.of(new DemoKnowledge.FromLetter(library, "县图书馆周末开放到几点？", "文化旅游"),
						new DemoKnowledge.FromLetter(yearReport, "个体工商户年度报告什么时候截止？", "市场监管")),
				handler, handlerRoles);
	}

	private long write(long mailbox, String surname, boolean female, String phone, String subject, String content) {
		LetterReceipt receipt = letters.submit(mailbox,
				new NewLetter(surname + (female ? "女士" : "先生"), female, phone, null, null, subject, content, true));
		return jdbc.sql("select id from interaction_letter where query_code = :code").param("code", receipt.queryCode())
			.query(Long.class).single();
	}

	private long replied(long mailbox, String surname, boolean female, String phone, String subject, String content,
			String reply, String handler, String[] handlerRoles, String reviewer, String[] reviewerRoles,
			@Nullable Satisfaction rating) {
		long id = write(mailbox, surname, female, phone, subject, content);
		RunAs.actor(handler, () -> {
			handling.accept(id, false);
			handling.draftReply(id, reply);
		}, handlerRoles);
		RunAs.actor(reviewer, () -> handling.approveReply(id, true), reviewerRoles);
		if (rating != null) {
			String code = jdbc.sql("select query_code from interaction_letter where id = :id").param("id", id).query(String.class).single();
			letters.rate(code, rating, null);
		}
		return id;
	}
}
