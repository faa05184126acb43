package org.govsite.content;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A publishing application form kept with its document, signed or waiting for its unit head.
 *
 * @param approver who must sign it (a username), or null for a manager of the document's site
 */
public record ApplicationFormView(long id, long documentId, int documentVersion, String applicant,
		String applicantUnit, @Nullable String applicantPhone, String subject, String channels, @Nullable String reason,
		boolean secrecyChecked, Instant filledAt, @Nullable String approver, @Nullable String signedBy,
		@Nullable Instant signedAt, @Nullable String signNote) {

	public boolean signed() {
		return signedAt != null;
	}
}
