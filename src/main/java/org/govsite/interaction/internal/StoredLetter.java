package org.govsite.interaction.internal;

import org.jspecify.annotations.Nullable;

/**
 * A letter with what its writer gave: the handling ({@link Letter}), the texts, and the contact
 * details sealed as stored ({@code sm4gcm:…}).
 *
 * @param published whether a moderator passed it for the site (only if the writer allowed it)
 * @param extension a pending request for a longer limit, if any
 * @param sealedPhone null once removed at the end of the retention period
 * @param heldFindings the blocking findings of the automatic check, one per line, while a moderator has not cleared them
 */
public record StoredLetter(long id, String queryCode, Letter letter, String writerName, @Nullable Boolean female,
		@Nullable String sealedPhone, @Nullable String sealedEmail, @Nullable String sealedIdNumber, String subject, String content,
		boolean publishable, boolean published, @Nullable Long replySiteId, @Nullable String satisfactionComment,
		@Nullable Extension extension, java.time.@Nullable LocalDate overdueReportedFor, boolean threeMonthsReported,
		@Nullable String heldFindings) {

	/** A request for more working days, waiting for the site manager's approval. */
	public record Extension(int workingDays, String reason, String requestedBy) {
	}

	/** Whether the automatic check found something blocking that no moderator has cleared yet. */
	public boolean held() {
		return heldFindings != null;
	}

	public String shownWriter() {
		return WriterName.shown(writerName, female);
	}
}
