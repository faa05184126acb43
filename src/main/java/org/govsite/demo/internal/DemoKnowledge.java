package org.govsite.demo.internal;

import java.util.List;

import org.govsite.interaction.ErrorReports;
import org.govsite.interaction.KnowledgeBase;
import org.govsite.interaction.LetterReceipt;
import org.govsite.platform.RunAs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The portal's 知识库 (entries made from its replied letters, published by subject) and its
 * 我为政府网站找错 reports, one answered and one waiting, written through the interaction module as
 * the portal's letter handler would.
 */
@Component
class DemoKnowledge {

	private final KnowledgeBase knowledge;

	private final ErrorReports errorReports;

	private final JdbcClient jdbc;

	DemoKnowledge(KnowledgeBase knowledge, ErrorReports errorReports, JdbcClient jdbc) {
		this.knowledge = knowledge;
		this.errorReports = errorReports;
		this.jdbc = jdbc;
	}

	/** A replied letter and the entry made of it. */
	record FromLetter(long letterId, String question, String category) {
	}

	void create(String siteCode, String portalHost, List<FromLetter> entries, String handler, String[] handlerRoles) {
		RunAs.actor(handler, () -> {
			for (FromLetter entry : entries) {
				String answer = jdbc.sql("select reply from interaction_letter where id = :id").param("id", entry.letterId())
					.query(String.class).single();
				knowledge.fromLetter(entry.letterId(), new KnowledgeBase.Draft(entry.question(), answer, entry.category(), true));
			}
		}, handlerRoles);

		String base = "https://" + portalHost + "/";
		LetterReceipt answered = errorReports.submit(new ErrorReports.NewErrorReport(siteCode, base + "xxgk/index.html", "TYPO",
				"“政务公开”栏目简介第二行“部暑”应为“部署”。", null));
		errorReports.submit(new ErrorReports.NewErrorReport(siteCode, base + "bsfw/index.html", "BROKEN_LINK",
				"“办事服务”页面中“社保查询”链接打不开。", "13900000009"));
		long answeredId = jdbc.sql("select id from interaction_error_report where query_code = :code")
			.param("code", answered.queryCode()).query(Long.class).single();
		RunAs.actor(handler, () -> errorReports.answer(answeredId, "感谢指正，错别字已更正。"), handlerRoles);
	}
}
