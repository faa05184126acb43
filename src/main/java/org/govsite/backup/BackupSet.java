package org.govsite.backup;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One backup set, taken or being taken, and its latest verification.
 *
 * @param name the set's folder under the backup directory
 * @param finishedAt when it was complete, or {@code null} while it runs or when it failed
 * @param ok whether it was completed
 * @param manifestSha256 the SHA-256 of its manifest as written, which a verification checks too
 * @param verifiedOk the latest verification's result, {@code null} when never verified
 * @param deleted whether retention removed it
 */
public record BackupSet(String name, Instant startedAt, @Nullable Instant finishedAt, boolean ok, long sizeBytes,
		int fileCount, @Nullable String manifestSha256, @Nullable String method, @Nullable String error,
		@Nullable Instant verifiedAt, @Nullable Boolean verifiedOk, @Nullable String verifyProblem, boolean deleted) {

	public boolean running() {
		return finishedAt == null && error == null;
	}

	/** Completed, kept, and not found damaged by its latest verification. */
	public boolean good() {
		return ok && !deleted && !Boolean.FALSE.equals(verifiedOk);
	}
}
