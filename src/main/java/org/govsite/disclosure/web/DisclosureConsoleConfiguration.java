package org.govsite.disclosure.web;

import java.util.List;
import java.util.regex.Pattern;

import org.govsite.disclosure.DisclosureReports;
import org.govsite.disclosure.DisclosureRequests;
import org.govsite.disclosure.ProactiveDisclosure;
import org.govsite.platform.BackOffice;
import org.govsite.platform.ConsoleMenuItem;
import org.govsite.platform.WorkItem;
import org.govsite.platform.WorkbenchSource;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;

/**
 * 依申请公开's place in the console: a menu entry for the staff who handle applications (站点管理员
 * and 信件办理员 of a site), counting what is due soon or overdue, and the same applications on their 工作台;
 * there too the annual report due, and the documents near or past the limit of proactive disclosure.
 */
@Configuration(proxyBeanMethods = false)
@BackOffice
class DisclosureConsoleConfiguration {

	/** An authority that lets its holder handle a site's applications. */
	private static final Pattern HANDLER = Pattern.compile("site:\\d+:(SITE_MANAGER|LETTER_HANDLER)(:.*)?");

	static boolean handles(Authentication user) {
		return user.getAuthorities().stream().anyMatch(granted -> HANDLER.matcher(String.valueOf(granted.getAuthority())).matches());
	}

	@Bean
	ConsoleMenuItem disclosureMenuItem(DisclosureRequests requests) {
		return new ConsoleMenuItem("menu.disclosure", "/admin/disclosure", 45, DisclosureConsoleConfiguration::handles)
			.counting(user -> handles(user) ? requests.dueSoonOrOverdue().size() : 0);
	}

	@Bean
	WorkbenchSource disclosureReportWorkbench(DisclosureReports reports, MessageSource messages) {
		return user -> !handles(user) ? List.of()
				: reports.awaitingPublication()
					.stream()
					.map(report -> new WorkItem("workbench.category.report",
							messages.getMessage("disclosure.report.workbench",
									new Object[] { report.body(), String.valueOf(report.year()) }, LocaleContextHolder.getLocale()),
							"/admin/disclosure/reports/" + report.siteId() + "/" + report.year(), report.dueOn()))
					.toList();
	}

	/**
	 * The 20-working-day limit of proactive disclosure: a warning before the last day, a flag after
	 * it, on the 工作台 of who created or edited the document and of its site's managers.
	 */
	@Bean
	WorkbenchSource proactiveDisclosureWorkbench(ProactiveDisclosure proactive, MessageSource messages) {
		return user -> proactive.dueSoonOrOverdue()
			.stream()
			.map(deadline -> new WorkItem("workbench.category.deadline",
					messages.getMessage(deadline.overdue() ? "disclosure.proactive.overdue" : "disclosure.proactive.dueSoon",
							new Object[] { deadline.title(), deadline.dueOn().toString(), deadline.madeOn().toString() },
							LocaleContextHolder.getLocale()),
					"/admin/documents/" + deadline.documentId(), deadline.dueOn()))
			.toList();
	}

	@Bean
	WorkbenchSource disclosureWorkbench(DisclosureRequests requests, MessageSource messages) {
		return user -> {
			if (!handles(user)) {
				return List.of();
			}
			return requests.dueSoonOrOverdue()
				.stream()
				.map(request -> new WorkItem("workbench.category.deadline",
						messages.getMessage(request.overdue() ? "disclosure.workbench.overdue" : "disclosure.workbench.dueSoon",
								new Object[] { request.number(), request.siteName() }, LocaleContextHolder.getLocale()),
						"/admin/disclosure/" + request.id(), request.dueOn()))
				.toList();
		};
	}
}
