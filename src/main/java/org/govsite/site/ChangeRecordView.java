package org.govsite.site;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A change record (信息变更): what changed, and whether it has been reported by its deadline.
 *
 * @param id the record's id
 * @param siteId the site
 * @param accountId the 政务新媒体 account, for an account's change
 * @param subject what changed
 * @param before a summary of the old value
 * @param after a summary of the new value
 * @param changedAt when
 * @param changedBy by whom
 * @param reportBy the last day to report it
 * @param reportedAt when it was marked reported
 * @param reportedBy by whom
 */
public record ChangeRecordView(long id, long siteId, @Nullable Long accountId, ChangeSubject subject,
		@Nullable String before, @Nullable String after, Instant changedAt, String changedBy, LocalDate reportBy,
		@Nullable Instant reportedAt, @Nullable String reportedBy) {

	public boolean reported() {
		return reportedAt != null;
	}

	public boolean overdueOn(LocalDate today) {
		return !reported() && reportBy.isBefore(today);
	}
}
