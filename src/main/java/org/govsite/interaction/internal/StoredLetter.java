package org.govsite.interaction.internal;

import org.jspecify.annotations.Nullable;

/**
 * A letter with what its writer gave: the handling ({@link Letter}), the texts, and the contact
 * details sealed as stored ({@code sm4gcm:…}).
 *
 * @param published whether a moderator passed it for the site (only if the writer allowed it)
 * @param extension a pending request for a longer limit, if any
 */
public record StoredLetter(long id, String queryCode, Letter letter, String writerName, @Nullable Boolean female,
		String sealedPhone, @Nullable String sealedEmail, @Nullable String sealedIdNumber, String subject, String content,
		boolean publishable, boolean published, @Nullable Long replySiteId, @Nullable String satisfactionComment,
		@Nullable Extension extension, java.time.@Nullable LocalDate overdueReportedFor, boolean threeMonthsReported) {

	/** A request for more working days, waiting for the site manager's approval. */
	public record Extension(int workingDays, String reason, String requestedBy) {
	}

	public String shownWriter() {
		return WriterName.shown(writerName, female);
	}
}
