package org.govsite.site.internal;

import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.govsite.calendar.WorkingCalendar;
import org.govsite.platform.NotFound;
import org.govsite.site.ChangeRecordView;
import org.govsite.site.ChangeSubject;
import org.govsite.site.HistoryEntry;
import org.govsite.site.LifecycleStep;
import org.govsite.site.NoticeKind;
import org.govsite.site.NoticeView;
import org.govsite.site.ReportingTaskView;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The paperwork that follows a lifecycle step or a change (SPEC.md §1): notices on the site and on
 * its portal, change records with their reporting deadline, and the to-dos for the national
 * reporting system. Texts come from the site bundle in Chinese, the language of the pages.
 */
@Component
public class SiteRecords {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final NoticeRepository notices;

	private final ChangeRecordRepository changes;

	private final ReportingTaskRepository tasks;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final WorkingCalendar calendar;

	private final SiteSettings settings;

	SiteRecords(NoticeRepository notices, ChangeRecordRepository changes, ReportingTaskRepository tasks, JdbcClient jdbc,
			MessageSource messages, WorkingCalendar calendar, SiteSettings settings) {
		this.notices = notices;
		this.changes = changes;
		this.tasks = tasks;
		this.jdbc = jdbc;
		this.messages = messages;
		this.calendar = calendar;
		this.settings = settings;
	}

	/**
	 * Who a step is about: a site, or an account registered under one.
	 *
	 * @param siteId the site (the account's site for an account)
	 * @param accountId the account, if it is one
	 * @param name its name
	 * @param address its domain or URL, if known
	 * @param portalId the portal whose home page carries its notices too
	 * @param everOnline whether it has ever gone online, so that the public knows its address
	 */
	public record Subject(long siteId, @Nullable Long accountId, String name, @Nullable String address, long portalId,
			boolean everOnline) {
	}

	/**
	 * Puts up the notices and opens the reporting to-do the step just taken calls for.
	 *
	 * @param lifecycle the site or account, after the step
	 * @param opening for going online, whether it was the first opening
	 * @param target for a close, the site the content went to
	 */
	public void afterStep(Subject subject, Supervised lifecycle, boolean opening, @Nullable Subject target, Act act) {
		LocalDate today = act.day();
		HistoryEntry step = lifecycle.history().getLast();
		switch (step.step()) {
			case GO_ONLINE -> {
				if (opening) {
					notice(subject.portalId(), subject, NoticeKind.OPENING, today, today.plusDays(settings.openingNoticeDays()),
							address(subject));
					task(subject, step.step(), act, null, "site.task.opening", address(subject));
				}
				else {
					endNotices(subject, today, NoticeKind.OFFLINE, NoticeKind.EMERGENCY);
					task(subject, step.step(), act, null, "site.task.backOnline");
				}
			}
			case TAKE_OFFLINE -> {
				LocalDate end = Objects.requireNonNull(lifecycle.offlinePlannedEnd());
				noticeOnSiteAndPortal(subject, NoticeKind.OFFLINE, today, end, end.toString());
				task(subject, step.step(), act, null, "site.task.takeOffline", end.toString());
			}
			case EMERGENCY_SHUTDOWN -> {
				// the written report stays in the history: a public notice says no more than that access stopped
				noticeOnSiteAndPortal(subject, NoticeKind.EMERGENCY, today, null);
				task(subject, step.step(), act, null, "site.task.emergency");
			}
			case BEGIN_CLOSING -> {
				String where = target == null ? "" : target.name() + " " + address(target);
				notice(subject.siteId(), subject, NoticeKind.MIGRATION, today, null, where);
				task(subject, step.step(), act, null, "site.task.closing", where);
			}
			case COMPLETE_CLOSING -> {
				endNotices(subject, today, NoticeKind.MIGRATION);
				String where = target == null ? "" : target.name() + " " + address(target);
				notice(subject.portalId(), subject, NoticeKind.CLOSED, today, null, where);
				task(subject, step.step(), act, null, "site.task.closed");
			}
			case LEAVE_SUPERVISION -> task(subject, step.step(), act,
					today.plusMonths(settings.leaveSupervisionMonths()), "site.task.leftSupervision",
					settings.leaveSupervisionMonths());
			default -> {
				// applications, approvals and requests change nothing outside the history
			}
		}
	}

	/**
	 * Makes a change record for each change the rules want reported, due within the configured
	 * working days; a domain change also puts a notice on the old site.
	 */
	public void recordChanges(Subject subject, List<SiteChange> changed, Act act) {
		for (SiteChange change : changed) {
			if (change.subject().reported()) {
				changes.save(ChangeRecord.of(subject.siteId(), subject.accountId(), change, act, calendar,
						settings.changeReportWorkingDays()));
			}
			// the old address needs a notice only if the public ever knew it
			if (change.subject() == ChangeSubject.DOMAIN && change.before() != null && subject.everOnline()) {
				notice(subject.siteId(), subject, NoticeKind.DOMAIN_CHANGE, act.day(),
						act.day().plusDays(settings.domainChangeNoticeDays()), change.before(), change.after());
			}
		}
	}

	public void markReported(long siteId, long recordId, Act act) {
		ChangeRecord record = changes.findById(recordId).filter(found -> found.siteId() == siteId)
			.orElseThrow(() -> new NotFound("changeRecord", recordId));
		record.markReported(act);
		changes.save(record);
	}

	public void completeTask(long siteId, long taskId, Act act) {
		ReportingTask task = tasks.findById(taskId).filter(found -> found.siteId() == siteId)
			.orElseThrow(() -> new NotFound("reportingTask", taskId));
		task.done(act);
		tasks.save(task);
	}

	/** The notices standing on the site, and those elsewhere about it, newest first. */
	public List<NoticeView> notices(long siteId) {
		return notices.findOnOrAbout(siteId).stream().map(Notice::view).toList();
	}

	public List<ChangeRecordView> changeRecords(long siteId) {
		return changes.findBySiteIdOrderByChangedAtDescIdDesc(siteId).stream().map(ChangeRecord::view).toList();
	}

	public List<ReportingTaskView> tasks(long siteId) {
		return tasks.findBySiteIdOrderByOpenedAtDescIdDesc(siteId).stream().map(ReportingTask::view).toList();
	}

	private void noticeOnSiteAndPortal(Subject subject, NoticeKind kind, LocalDate from, @Nullable LocalDate until,
			Object... details) {
		notice(subject.siteId(), subject, kind, from, until, details);
		if (subject.portalId() != subject.siteId()) {
			notice(subject.portalId(), subject, kind, from, until, details);
		}
	}

	private void notice(long onSite, Subject subject, NoticeKind kind, LocalDate from, @Nullable LocalDate until,
			Object... details) {
		Object[] arguments = new Object[details.length + 2];
		arguments[0] = subject.name();
		arguments[1] = from.toString();
		System.arraycopy(details, 0, arguments, 2, details.length);
		String text = messages.getMessage("site.notice.text." + kind.name(), arguments, CHINESE);
		notices.save(Notice.of(onSite, subject.siteId(), subject.accountId(), kind, text, from, until));
	}

	private void endNotices(Subject subject, LocalDate day, NoticeKind... kinds) {
		jdbc.sql("""
				update site_notice set shown_until = :day
				where about_site_id = :site and account_id is not distinct from :account and kind in (:kinds)
				  and (shown_until is null or shown_until > :day)
				""")
			.param("day", day)
			.param("site", subject.siteId())
			.param("account", subject.accountId(), Types.BIGINT)
			.param("kinds", Arrays.stream(kinds).map(Enum::name).toList())
			.update();
	}

	private void task(Subject subject, LifecycleStep step, Act act, @Nullable LocalDate due, String code,
			Object... details) {
		Object[] arguments = new Object[details.length + 1];
		arguments[0] = subject.name();
		System.arraycopy(details, 0, arguments, 1, details.length);
		tasks.save(ReportingTask.of(subject.siteId(), subject.accountId(), step, messages.getMessage(code, arguments, CHINESE),
				act, due));
	}

	private static String address(Subject subject) {
		return subject.address() == null ? "" : subject.address();
	}
}
