package org.govsite.site.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.govsite.site.LifecycleRefused;
import org.govsite.site.LifecycleStep;
import org.govsite.site.ReportingTaskView;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A to-do opened by a lifecycle change: update the national government-website reporting system
 * (全国政府网站信息报送系统), so that nothing is forgotten there (SPEC.md §1).
 */
@Table("site_reporting_task")
public class ReportingTask {

	@Id
	@Nullable Long id;

	long siteId;

	@Nullable Long accountId;

	LifecycleStep step;

	String summary;

	Instant openedAt;

	@Nullable LocalDate due;

	@Nullable Instant doneAt;

	@Nullable String doneBy;

	@PersistenceCreator
	ReportingTask(long siteId, @Nullable Long accountId, LifecycleStep step, String summary, Instant openedAt,
			@Nullable LocalDate due) {
		this.siteId = siteId;
		this.accountId = accountId;
		this.step = step;
		this.summary = summary;
		this.openedAt = openedAt;
		this.due = due;
	}

	public static ReportingTask of(long siteId, @Nullable Long accountId, LifecycleStep step, String summary, Act act,
			@Nullable LocalDate due) {
		return new ReportingTask(siteId, accountId, step, summary, act.at(), due);
	}

	public void done(Act act) {
		if (doneAt != null) {
			throw new LifecycleRefused("site.task.alreadyDone");
		}
		doneAt = act.at();
		doneBy = act.by();
	}

	public long siteId() {
		return siteId;
	}

	public ReportingTaskView view() {
		return new ReportingTaskView(Objects.requireNonNull(id), siteId, accountId, step, summary, openedAt, due, doneAt,
				doneBy);
	}
}
