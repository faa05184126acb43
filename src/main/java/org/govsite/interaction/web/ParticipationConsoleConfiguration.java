package org.govsite.interaction.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.govsite.interaction.InterviewQuestion;
import org.govsite.interaction.Interviews;
import org.govsite.interaction.LetterAccess;
import org.govsite.interaction.SolicitationView;
import org.govsite.interaction.Solicitations;
import org.govsite.interaction.SurveyView;
import org.govsite.interaction.Surveys;
import org.govsite.platform.BackOffice;
import org.govsite.platform.ConsoleMenuItem;
import org.govsite.platform.WorkItem;
import org.govsite.platform.WorkbenchSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Participation on the console: the 征集调查与访谈 menu entry for letter handlers and site managers,
 * and on their 工作台 every solicitation and survey over whose results are not published (due one
 * month after the end, marked 逾期 past it) and every interview question still to be answered.
 */
@Configuration(proxyBeanMethods = false)
@BackOffice
class ParticipationConsoleConfiguration {

	@Bean
	ConsoleMenuItem participationMenuItem() {
		return new ConsoleMenuItem("menu.participation", "/admin/participation", 455,
				user -> !LetterAccess.sitesOf(user).isEmpty());
	}

	@Bean
	WorkbenchSource participationResults(Solicitations solicitations, Surveys surveys, Interviews interviews, Clock clock) {
		return user -> {
			Set<Long> sites = LetterAccess.sitesOf(user);
			if (sites.isEmpty()) {
				return List.of();
			}
			LocalDate today = LocalDate.now(clock);
			List<WorkItem> items = new ArrayList<>();
			for (SolicitationView solicitation : solicitations.awaitingResults(sites)) {
				items.add(new WorkItem("workbench.category.deadline",
						late(solicitation.resultDueOn(), today) + "意见征集结果待公布：" + solicitation.title(),
						"/admin/participation/solicitations/" + solicitation.id(), solicitation.resultDueOn()));
			}
			for (SurveyView survey : surveys.awaitingResults(sites)) {
				items.add(new WorkItem("workbench.category.deadline",
						late(survey.resultDueOn(), today) + "问卷调查结果待公布：" + survey.title(),
						"/admin/participation/surveys/" + survey.id(), survey.resultDueOn()));
			}
			for (InterviewQuestion question : interviews.unanswered(sites)) {
				items.add(new WorkItem("workbench.category.deadline",
						late(question.answerDueOn(), today) + "访谈提问待答复：" + abbreviated(question.content()),
						"/admin/participation/interviews/" + question.interviewId(), question.answerDueOn()));
			}
			return items;
		};
	}

	private static String late(LocalDate due, LocalDate today) {
		return due.isBefore(today) ? "【逾期】" : "";
	}

	private static String abbreviated(String text) {
		return text.codePointCount(0, text.length()) <= 30 ? text : text.substring(0, text.offsetByCodePoints(0, 30)) + "…";
	}
}
