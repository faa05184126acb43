package org.govsite.monitor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.govsite.identity.StaffAccess;
import org.govsite.identity.StaffRole;
import org.govsite.jobs.RecurringJob;
import org.govsite.monitor.internal.TaskNotices;
import org.govsite.monitor.internal.TaskStore;
import org.govsite.platform.NotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * 整改: the rectification tasks as their owners and the sites' managers see them. An owner says a
 * task is fixed; the check that found it runs again at once, and only if it no longer finds the
 * problem does the task close.
 */
@Service
public class Rectification {

	private final TaskStore tasks;

	private final Inspection inspection;

	private final StaffAccess access;

	private final TaskNotices notices;

	private final Clock clock;

	Rectification(TaskStore tasks, Inspection inspection, StaffAccess access, TaskNotices notices, Clock clock) {
		this.tasks = tasks;
		this.inspection = inspection;
		this.access = access;
		this.notices = notices;
		this.clock = clock;
	}

	/** The open tasks the user owns, and those of the sites they manage (every site for the system administrator). */
	@PreAuthorize("hasAuthority('STAFF')")
	public List<RectificationTask> mine() {
		String username = Objects.requireNonNull(access.currentUsername());
		Map<Long, RectificationTask> shown = new LinkedHashMap<>();
		List<RectificationTask> sites = access.isSystemAdmin() ? tasks.unclosed(null)
				: tasks.unclosed(access.sitesWith(StaffRole.SITE_MANAGER));
		sites.forEach(task -> shown.put(task.id(), task));
		tasks.ownedBy(username).forEach(task -> shown.put(task.id(), task));
		return shown.values().stream().sorted(java.util.Comparator.comparing(RectificationTask::dueOn)).toList();
	}

	/** What the inspection found and had rectified in the year, per kind, across the group: the system administrator's. */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public List<ProblemYear> year(int year) {
		ZoneId zone = clock.getZone();
		return tasks.counts(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant(),
				LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant()).stream()
			.filter(counted -> counted.found() + counted.closed() > 0)
			.toList();
	}

	/** The tasks the user owns, for their 工作台. Checks no permission: it answers only about the user's own work. */
	public List<RectificationTask> ownedBy(String username) {
		return tasks.ownedBy(username);
	}

	/** One task, for its owner, its site's managers and the system administrator. */
	@PreAuthorize("hasAuthority('STAFF')")
	public RectificationTask task(long id) {
		RectificationTask task = tasks.find(id).orElseThrow(() -> new NotFound("task", id));
		if (!maySee(task)) {
			throw new AccessDeniedException("task " + id);
		}
		return task;
	}

	/** The answer that showed the task's problem (a page that did not open), for whoever may see the task. */
	@PreAuthorize("hasAuthority('STAFF')")
	public java.util.Optional<ResponseEvidence> response(long id) {
		task(id);
		return tasks.response(id);
	}

	/**
	 * The owner (or a manager of the site) says the problem is fixed: the task awaits its re-check,
	 * which runs now. Answers the task as it then stands: closed, or open again with the re-check's
	 * time when the problem is still there.
	 */
	@PreAuthorize("hasAuthority('STAFF')")
	public RectificationTask markFixed(long id) {
		RectificationTask task = task(id);
		if (!task.open()) {
			return task;
		}
		tasks.markFixed(id, Objects.requireNonNull(access.currentUsername()), clock.instant());
		return inspection.recheck(id);
	}

	/** The site's open tasks. Checks no permission: for the modules that score and report. */
	public List<RectificationTask> openOf(long siteId) {
		return tasks.unclosed(Set.of(siteId));
	}

	/** The number of open tasks per site. Checks no permission: for the modules that score and report. */
	public Map<Long, Integer> openCounts() {
		Map<Long, Integer> counts = new TreeMap<>();
		tasks.unclosed(null).forEach(task -> counts.merge(task.siteId(), 1, Integer::sum));
		return counts;
	}

	/** The site's tasks closed in the past days, newest first. Checks no permission. */
	public List<RectificationTask> closedRecently(long siteId, int days) {
		return tasks.closedSince(siteId, clock.instant().minus(java.time.Duration.ofDays(days)));
	}

	/** Reminds each owner of their open tasks due today or earlier, once a day. */
	public int remind() {
		LocalDate today = LocalDate.now(clock);
		List<RectificationTask> due = tasks.toRemind(today);
		for (RectificationTask task : due) {
			notices.reminder(Objects.requireNonNull(task.owner()), task.id(), task.detail(), task.dueOn());
			tasks.reminded(task.id(), today);
		}
		return due.size();
	}

	private boolean maySee(RectificationTask task) {
		@Nullable String username = access.currentUsername();
		return access.isSystemAdmin() || access.managesSite(task.siteId()) || Objects.equals(username, task.owner());
	}

	@Bean
	static RecurringJob monitorReminders(Rectification rectification,
			@Value("${govsite.monitor.remind-at:08:30}") LocalTime at) {
		return RecurringJob.daily("monitor.reminders", "monitor.job.reminders", at, rectification::remind);
	}
}
