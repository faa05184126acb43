package org.govsite.site.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.govsite.identity.StaffAccess;
import org.govsite.site.ApprovalLevel;
import org.govsite.site.SiteState;
import org.govsite.site.SiteWork;
import org.govsite.site.SiteWork.Kind;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What of the site group waits for the signed-in user: approvals at their level; for the system
 * administrator also requests, reporting to-dos, change records, overdue offline periods, sites
 * nearing their go-live deadline and closes that may complete.
 */
@Component
@Transactional(readOnly = true)
public class SiteWorklist {

	private final SiteQueries queries;

	private final Approvers approvers;

	private final StaffAccess access;

	private final SiteSettings settings;

	private final DomainLedgerStore ledger;

	private final Clock clock;

	SiteWorklist(SiteQueries queries, Approvers approvers, StaffAccess access, SiteSettings settings,
			DomainLedgerStore ledger, Clock clock) {
		this.queries = queries;
		this.approvers = approvers;
		this.access = access;
		this.settings = settings;
		this.ledger = ledger;
		this.clock = clock;
	}

	public List<SiteWork> forCurrentUser() {
		LocalDate today = LocalDate.now(clock);
		boolean admin = access.isSystemAdmin();
		List<SiteWork> work = new ArrayList<>();
		for (SiteQueries.InTransition item : queries.inTransition()) {
			if (item.state() == SiteState.APPLIED && awaitsCurrentUser(item)) {
				work.add(item(Kind.APPROVAL, item, settings.approvalLevels().get(item.approvalsGiven()).name(), null));
			}
			if (!admin) {
				continue;
			}
			if (item.requestKind() != null) {
				work.add(item(Kind.REQUEST, item, null, null));
			}
			if (item.state() == SiteState.TEMPORARILY_OFFLINE && item.offlinePlannedEnd() != null
					&& today.isAfter(item.offlinePlannedEnd())) {
				work.add(item(Kind.OFFLINE_OVERDUE, item, null, item.offlinePlannedEnd()));
			}
			if (item.state() == SiteState.APPROVED && item.approvedOn() != null) {
				LocalDate deadline = item.approvedOn().plusMonths(settings.goLiveMonths());
				if (!today.plusDays(settings.goLiveWarningDays()).isBefore(deadline)) {
					work.add(item(Kind.GO_LIVE_DUE, item, null, deadline));
				}
			}
			if (item.state() == SiteState.CLOSING && item.closingNoticeFrom() != null
					&& !today.isBefore(item.closingNoticeFrom().plusDays(settings.closingNoticeDays()))) {
				work.add(item(Kind.CLOSING_COMPLETABLE, item, null, null));
			}
		}
		if (admin) {
			for (SiteQueries.OpenReport report : queries.openReports()) {
				work.add(new SiteWork(report.change() ? Kind.CHANGE_RECORD : Kind.REPORTING_TASK, report.siteId(),
						report.siteName(), report.accountId(), report.subject(), report.due()));
			}
			// one line per domain, due by its earliest open step
			java.util.Set<String> domains = new java.util.HashSet<>();
			for (DomainLedgerStore.OpenStep step : ledger.openSteps()) {
				if (domains.add(step.domain())) {
					work.add(new SiteWork(Kind.DEREGISTRATION, step.siteId(), step.siteName(), null, step.domain(), step.due()));
				}
			}
		}
		return work;
	}

	private boolean awaitsCurrentUser(SiteQueries.InTransition item) {
		List<ApprovalLevel> levels = settings.approvalLevels();
		return item.approvalsGiven() < levels.size()
				&& approvers.holds(levels.get(item.approvalsGiven()).role(), item.siteId())
				&& !approvers.currentUser().equals(item.applicant());
	}

	private static SiteWork item(Kind kind, SiteQueries.InTransition item, @Nullable String detail,
			@Nullable LocalDate due) {
		String subject = item.accountName() == null ? detail : item.accountName();
		return new SiteWork(kind, item.siteId(), item.siteName(), item.accountId(), subject, due);
	}
}
