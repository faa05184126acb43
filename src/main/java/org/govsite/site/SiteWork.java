package org.govsite.site;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Something of the site group waiting for the signed-in user, for their 工作台.
 *
 * @param kind what is waiting
 * @param siteId the site concerned
 * @param siteName its name
 * @param accountId the 政务新媒体 account concerned, if any
 * @param subject a short description: the account's name, the change, the task's summary
 * @param due the deadline, if there is one
 */
public record SiteWork(Kind kind, long siteId, String siteName, @Nullable Long accountId, @Nullable String subject,
		@Nullable LocalDate due) {

	public enum Kind {

		/** An application awaits the user's approval level. */
		APPROVAL,

		/** An offline or leave-supervision request awaits approval. */
		REQUEST,

		/** The national reporting system must be updated. */
		REPORTING_TASK,

		/** A change record must be reported. */
		CHANGE_RECORD,

		/** A temporary offline period has passed its planned end. */
		OFFLINE_OVERDUE,

		/** An approved site nears the end of its time to go online. */
		GO_LIVE_DUE,

		/** A closing site's notice has stood long enough: the close may complete. */
		CLOSING_COMPLETABLE,

		/** A domain of a closed site still has registrations to cancel (域名台账). */
		DEREGISTRATION
	}
}
