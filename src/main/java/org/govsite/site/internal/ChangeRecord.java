package org.govsite.site.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.govsite.calendar.WorkingCalendar;
import org.govsite.site.ChangeRecordView;
import org.govsite.site.ChangeSubject;
import org.govsite.site.LifecycleRefused;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A change record (信息变更): a change of sponsor, responsible person, contacts, domain, address or
 * structure, to be reported to the national system within a number of working days (SPEC.md §1).
 */
@Table("site_change_record")
public class ChangeRecord {

	@Id
	@Nullable Long id;

	long siteId;

	@Nullable Long accountId;

	ChangeSubject subject;

	@Nullable String oldValue;

	@Nullable String newValue;

	Instant changedAt;

	String changedBy;

	LocalDate reportBy;

	@Nullable Instant reportedAt;

	@Nullable String reportedBy;

	@PersistenceCreator
	ChangeRecord(long siteId, @Nullable Long accountId, ChangeSubject subject, @Nullable String oldValue,
			@Nullable String newValue, Instant changedAt, String changedBy, LocalDate reportBy) {
		this.siteId = siteId;
		this.accountId = accountId;
		this.subject = subject;
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.reportBy = reportBy;
	}

	/** Records a change; it is due for reporting the given number of working days after the day it was made. */
	public static ChangeRecord of(long siteId, @Nullable Long accountId, SiteChange change, Act act,
			WorkingCalendar calendar, int workingDays) {
		return new ChangeRecord(siteId, accountId, change.subject(), change.before(), change.after(), act.at(), act.by(),
				calendar.deadline(act.day(), workingDays));
	}

	/**
	 * Counts the deadline again, from the day of the change, as the calendar now stands: a year's
	 * holidays entered after the change may move it.
	 *
	 * @return whether it moved
	 */
	public boolean recount(WorkingCalendar calendar, java.time.ZoneId zone, int workingDays) {
		LocalDate recounted = calendar.deadline(changedAt.atZone(zone).toLocalDate(), workingDays);
		boolean moved = !recounted.equals(reportBy);
		reportBy = recounted;
		return moved;
	}

	public void markReported(Act act) {
		if (reportedAt != null) {
			throw new LifecycleRefused("site.change.alreadyReported");
		}
		reportedAt = act.at();
		reportedBy = act.by();
	}

	public LocalDate reportBy() {
		return reportBy;
	}

	public long siteId() {
		return siteId;
	}

	public ChangeRecordView view() {
		return new ChangeRecordView(Objects.requireNonNull(id), siteId, accountId, subject, oldValue, newValue, changedAt,
				changedBy, reportBy, reportedAt, reportedBy);
	}
}
