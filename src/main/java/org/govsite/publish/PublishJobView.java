package org.govsite.publish;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A publish job as the console and the API show it.
 *
 * @param id the job's id
 * @param siteId the site it publishes
 * @param siteName the site's name
 * @param kind full or incremental
 * @param reason why it was asked for
 * @param requestedBy who asked for it, or null when the platform did (a change, first start)
 * @param state where it stands
 * @param attempts how often it was started
 * @param done pages done in the current or last run
 * @param total pages planned
 * @param filesWritten files written by its last run
 * @param filesUnchanged files left as they were (same SHA-256)
 * @param error why its last run failed
 * @param createdAt when it was queued
 * @param startedAt when its last run started
 * @param finishedAt when it ended
 * @param notBefore when it may run next (a retry waits)
 */
public record PublishJobView(long id, long siteId, String siteName, JobKind kind, String reason, @Nullable String requestedBy,
		JobState state, int attempts, int done, int total, int filesWritten, int filesUnchanged, @Nullable String error,
		Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt, Instant notBefore) {

	/** The same job with its site's name. */
	public PublishJobView named(String name) {
		return new PublishJobView(id, siteId, name, kind, reason, requestedBy, state, attempts, done, total, filesWritten,
				filesUnchanged, error, createdAt, startedAt, finishedAt, notBefore);
	}

	/** Whether it is waiting or running. */
	public boolean active() {
		return state == JobState.QUEUED || state == JobState.RUNNING;
	}

	/** Progress in percent, for a progress bar. */
	public int percent() {
		if (state == JobState.DONE) {
			return 100;
		}
		return total <= 0 ? 0 : Math.min(100, done * 100 / total);
	}
}
