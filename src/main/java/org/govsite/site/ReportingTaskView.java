package org.govsite.site;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A to-do: update the national government-website reporting system (全国政府网站信息报送系统) after a
 * lifecycle change.
 *
 * @param id the task's id
 * @param siteId the site
 * @param accountId the 政务新媒体 account, if the change was an account's
 * @param step the lifecycle step that opened it
 * @param summary what to report
 * @param openedAt when it was opened
 * @param due the last day, where one applies
 * @param doneAt when it was done
 * @param doneBy by whom
 */
public record ReportingTaskView(long id, long siteId, @Nullable Long accountId, LifecycleStep step, String summary,
		Instant openedAt, @Nullable LocalDate due, @Nullable Instant doneAt, @Nullable String doneBy) {

	public boolean done() {
		return doneAt != null;
	}

	public boolean overdueOn(LocalDate today) {
		return !done() && due != null && due.isBefore(today);
	}
}
