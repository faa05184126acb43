package org.govsite.site.web;

import java.util.List;

import org.govsite.platform.BackOffice;
import org.govsite.platform.WorkItem;
import org.govsite.platform.WorkbenchSource;
import org.govsite.site.SiteManagement;
import org.govsite.site.SiteWork;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Puts the site group's waiting work on the 工作台: approvals for whoever holds the awaited level;
 * requests, reporting to-dos, unreported change records and lifecycle deadlines for the system
 * administrator.
 */
@Component
@BackOffice
class SiteWorkbench implements WorkbenchSource {

	private final SiteManagement sites;

	private final MessageSource messages;

	SiteWorkbench(SiteManagement sites, MessageSource messages) {
		this.sites = sites;
		this.messages = messages;
	}

	@Override
	public List<WorkItem> itemsFor(Authentication user) {
		return sites.work().stream().map(this::item).toList();
	}

	private WorkItem item(SiteWork work) {
		String subject = work.kind() == SiteWork.Kind.CHANGE_RECORD ? label("site.change." + work.subject())
				: String.valueOf(work.subject());
		String title = messages.getMessage("site.work." + work.kind().name(), new Object[] { work.siteName(), subject },
				LocaleContextHolder.getLocale());
		return new WorkItem(category(work.kind()), title, path(work), work.due());
	}

	private static String category(SiteWork.Kind kind) {
		return switch (kind) {
			case APPROVAL, REQUEST -> "workbench.category.approval";
			case REPORTING_TASK, CHANGE_RECORD -> "workbench.category.report";
			case OFFLINE_OVERDUE, GO_LIVE_DUE -> "workbench.category.deadline";
			case CLOSING_COMPLETABLE, DEREGISTRATION -> "workbench.category.task";
		};
	}

	private static String path(SiteWork work) {
		String site = "/admin/sites/" + work.siteId();
		if (work.kind() == SiteWork.Kind.REPORTING_TASK) {
			return site + "#tasks";
		}
		if (work.kind() == SiteWork.Kind.DEREGISTRATION) {
			return "/admin/domains";
		}
		if (work.kind() == SiteWork.Kind.CHANGE_RECORD) {
			return site + "#changes";
		}
		return work.accountId() == null ? site : site + "/new-media/" + work.accountId();
	}

	private String label(String code) {
		return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
	}
}
