package org.govsite.interaction.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.govsite.calendar.WorkingCalendar;
import org.govsite.interaction.ErrorReports;
import org.govsite.interaction.LetterHandling;
import org.govsite.interaction.LetterHandling.LetterLine;
import org.govsite.interaction.LetterAccess;
import org.govsite.platform.BackOffice;
import org.govsite.platform.ConsoleMenuItem;
import org.govsite.platform.WorkItem;
import org.govsite.platform.WorkbenchFigure;
import org.govsite.platform.WorkbenchFigureSource;
import org.govsite.platform.WorkbenchSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Letters on the console: the 来信办理 menu entry for letter handlers and site managers, and on
 * their 工作台 every letter overdue or due within two working days, every unanswered error report,
 * and the count of letters waiting.
 */
@Configuration(proxyBeanMethods = false)
@BackOffice
class LetterConsoleConfiguration {

	static final int DUE_SOON_WORKING_DAYS = 2;

	@Bean
	ConsoleMenuItem lettersMenuItem() {
		return new ConsoleMenuItem("menu.letters", "/admin/letters", 450, user -> !LetterAccess.sitesOf(user).isEmpty());
	}

	@Bean
	WorkbenchSource letterDeadlines(LetterHandling handling, WorkingCalendar calendar, Clock clock) {
		return user -> {
			Set<Long> sites = LetterAccess.sitesOf(user);
			if (sites.isEmpty()) {
				return List.of();
			}
			LocalDate today = LocalDate.now(clock);
			LocalDate soon = calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS);
			List<WorkItem> items = new ArrayList<>();
			for (LetterLine line : handling.waitingFor(sites)) {
				if (line.dueOn() != null && !line.dueOn().isAfter(soon)) {
					items.add(new WorkItem("workbench.category.deadline",
							(line.overdue() ? "【超期】来信：" : "来信待答复：") + line.subject(), "/admin/letters/" + line.id(),
							line.dueOn()));
				}
			}
			return items;
		};
	}

	/** Every unanswered error report of the user's sites: each is due within one working day. */
	@Bean
	WorkbenchSource errorReportDeadlines(ErrorReports reports, Clock clock) {
		return user -> {
			Set<Long> sites = LetterAccess.sitesOf(user);
			if (sites.isEmpty()) {
				return List.of();
			}
			LocalDate today = LocalDate.now(clock);
			return reports.waitingFor(sites).stream()
				.map(report -> new WorkItem("workbench.category.deadline",
						(report.answerBy().isBefore(today) ? "【超期】网站找错：" : "网站找错待答复：") + report.site() + " "
								+ report.pageUrl(),
						"/admin/letters#error-reports", report.answerBy()))
				.toList();
		};
	}

	@Bean
	WorkbenchFigureSource letterFigures(LetterHandling handling) {
		return user -> {
			Set<Long> sites = LetterAccess.sitesOf(user);
			if (sites.isEmpty()) {
				return List.of();
			}
			List<LetterLine> waiting = handling.waitingFor(sites);
			int overdue = (int) waiting.stream().filter(LetterLine::overdue).count();
			return List.of(new WorkbenchFigure("interaction.figure.waiting", "/admin/letters", waiting.size(),
					overdue == 0 ? List.of() : List.of(new WorkbenchFigure.Part("超期", overdue))));
		};
	}
}
