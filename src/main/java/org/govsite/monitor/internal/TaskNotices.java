package org.govsite.monitor.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.govsite.monitor.Problem;
import org.govsite.monitor.ProblemKind;
import org.govsite.notification.NotificationKind;
import org.govsite.notification.NotificationKinds;
import org.govsite.notification.Notifications;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/** Tells owners of their new tasks and of deadlines, and a site's managers of an outage at once. */
@Component
public class TaskNotices {

	/** A new rectification task, for its owner. */
	static final NotificationKind TASK = new NotificationKind("monitor.TASK", "monitor.TASK", true, false);

	/** The site's home page does not open, for its managers (emailed by default). */
	static final NotificationKind OUTAGE = new NotificationKind("monitor.OUTAGE", "monitor.OUTAGE", true,
			true);

	@Bean
	static NotificationKinds monitorNotificationKinds() {
		return () -> List.of(TASK, OUTAGE);
	}

	private final Notifications notifications;

	private final Owners owners;

	private final MessageSource messages;

	TaskNotices(Notifications notifications, Owners owners, MessageSource messages) {
		this.notifications = notifications;
		this.owners = owners;
		this.messages = messages;
	}

	public void found(SiteSummary site, long taskId, Problem problem, @Nullable String owner, LocalDate dueOn) {
		Set<String> to = new LinkedHashSet<>();
		if (owner != null) {
			to.add(owner);
		}
		boolean veto = problem.kind() == ProblemKind.UNREACHABLE || problem.kind() == ProblemKind.HOME_STALE
				|| problem.kind() == ProblemKind.LETTER_UNANSWERED_THREE_MONTHS;
		if (veto) {
			to.addAll(owners.managersOf(site.id()));
		}
		if (!to.isEmpty()) {
			notifications.notify(to, TASK, text("monitor.notification.task", site.name(), problem.detail(), dueOn.toString()),
					"/admin/monitor/tasks/" + taskId);
		}
	}

	public void outage(SiteSummary site, String cause) {
		List<String> managers = owners.managersOf(site.id());
		if (!managers.isEmpty()) {
			notifications.notify(managers, OUTAGE, text("monitor.notification.outage", site.name(), cause),
					"/admin/monitor/availability/" + site.id());
		}
	}

	public void reminder(String owner, long taskId, String detail, LocalDate dueOn) {
		notifications.notify(List.of(owner), TASK, text("monitor.notification.reminder", detail, dueOn.toString()),
				"/admin/monitor/tasks/" + taskId);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}
}
