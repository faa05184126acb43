package org.govsite.monitor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govsite.calendar.WorkingCalendar;
import org.govsite.jobs.RecurringJob;
import org.govsite.monitor.internal.Owners;
import org.govsite.monitor.internal.TaskNotices;
import org.govsite.monitor.internal.TaskStore;
import org.govsite.platform.NotFound;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily inspection: every check over every serving site, each problem found made a
 * rectification task (or the open one seen again), each task a check no longer finds closed. One
 * site or one task can be re-checked at once, which is how a fixed problem closes without waiting
 * for the next day. Checks no permission: callers answer to their own.
 */
@Service
public class Inspection {

	private static final Logger log = LoggerFactory.getLogger(Inspection.class);

	private final List<InspectionCheck> checks;

	private final SiteDirectory sites;

	private final TaskStore tasks;

	private final Owners owners;

	private final TaskNotices notices;

	private final WorkingCalendar calendar;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int rectifyWithin;

	private final TransactionTemplate transactions;

	Inspection(PlatformTransactionManager transactionManager, List<InspectionCheck> checks, SiteDirectory sites, TaskStore tasks, Owners owners, TaskNotices notices,
			WorkingCalendar calendar, ApplicationEventPublisher events, Clock clock,
			@Value("${govsite.monitor.rectify-within:3}") int rectifyWithin) {
		this.checks = checks;
		this.sites = sites;
		this.tasks = tasks;
		this.owners = owners;
		this.notices = notices;
		this.calendar = calendar;
		this.events = events;
		this.clock = clock;
		this.rectifyWithin = rectifyWithin;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Every check over every serving site; a check that fails on one site is logged and the rest go on. */
	public void inspectAll() {
		for (SiteSummary site : sites.all()) {
			if (site.state().isServing()) {
				inspect(site);
			}
		}
	}

	/** Every check over one site. */
	public void inspect(long siteId) {
		inspect(site(siteId));
	}

	/** One check over one site, by its name. */
	public Reconciliation inspect(long siteId, String checkName) {
		InspectionCheck check = checks.stream().filter(c -> c.name().equals(checkName)).findFirst()
			.orElseThrow(() -> new NotFound("check", checkName));
		return run(site(siteId), check);
	}

	/**
	 * Runs again the check that found the task, on its site: the task closes if its problem is gone,
	 * else it stays (or goes back to) open. Answers the task as it now stands.
	 */
	public RectificationTask recheck(long taskId) {
		RectificationTask task = tasks.find(taskId).orElseThrow(() -> new NotFound("task", taskId));
		if (!task.open()) {
			return task;
		}
		inspect(task.siteId(), task.check());
		return tasks.find(taskId).orElseThrow();
	}

	private void inspect(SiteSummary site) {
		for (InspectionCheck check : checks) {
			try {
				run(site, check);
			}
			catch (RuntimeException e) {
				log.warn("The check {} of site {} failed", check.name(), site.id(), e);
			}
		}
	}

	/** The check reads outside a transaction (it may fetch for long); its outcome is stored in one, with its events. */
	private Reconciliation run(SiteSummary site, InspectionCheck check) {
		List<Problem> found = check.inspect(site);
		return transactions.execute(status -> record(site, check, found));
	}

	private Reconciliation record(SiteSummary site, InspectionCheck check, List<Problem> found) {
		Reconciliation outcome = Reconciliation.of(found, tasks.unclosedOf(site.id(), check.name()));
		var now = clock.instant();
		LocalDate dueOn = calendar.addWorkingDays(LocalDate.now(clock), rectifyWithin);
		Map<Long, String> responsible = outcome.opened().isEmpty() ? Map.of() : owners.responsibleAccounts(site.id());
		for (Problem problem : outcome.opened()) {
			String owner = owners.ownerOf(site.id(), problem.channelId(), responsible);
			long id = tasks.open(site.id(), problem, check.name(), owner, now, dueOn);
			events.publishEvent(new ProblemFound(id, site.id(), problem.kind(), problem.subject(), owner, dueOn));
			notices.found(site, id, problem, owner, dueOn);
		}
		outcome.seen().forEach((task, problem) -> tasks.seen(task.id(), problem, now));
		outcome.reopened().forEach(task -> tasks.recheckFailed(task.id(), now));
		tasks.close(outcome.closed().stream().map(RectificationTask::id).toList(), now);
		return outcome;
	}

	private SiteSummary site(long siteId) {
		return sites.find(siteId).orElseThrow(() -> new NotFound("site", siteId));
	}

	/** The task, if it exists. */
	public Optional<RectificationTask> task(long id) {
		return tasks.find(id);
	}

	/** The daily inspection runs on one admin node at {@code govsite.monitor.inspect-at}. */
	@Bean
	static RecurringJob monitorDailyInspection(Inspection inspection,
			@Value("${govsite.monitor.inspect-at:03:30}") LocalTime at) {
		return RecurringJob.daily("monitor.daily-inspection", "monitor.job.inspection", at, inspection::inspectAll);
	}
}
