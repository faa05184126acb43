package org.govsite.monitor;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * 整改任务: a problem found on a site, its owner and deadline, and how it stands.
 *
 * @param owner who is to fix it: the channel's responsible person, else a manager of the site
 * @param dueOn the last day to fix it, in working days from when it was found
 * @param check the check that found it and re-checks it
 * @param recheckFailedAt when its owner last said it was fixed and the re-check still found it
 */
public record RectificationTask(long id, long siteId, ProblemKind kind, String subject, @Nullable Long channelId,
		String detail, String evidence, @Nullable String owner, String check, Instant foundAt, Instant lastSeenAt,
		LocalDate dueOn, TaskState state, @Nullable Instant fixedAt, @Nullable String fixedBy, @Nullable Instant closedAt,
		@Nullable Instant recheckFailedAt) {

	public boolean open() {
		return state != TaskState.CLOSED;
	}

	public boolean overdueOn(LocalDate today) {
		return open() && dueOn.isBefore(today);
	}
}
