package org.govsite.content;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Something released elsewhere, and the published document of the site that corresponds to it.
 *
 * @param outlet the account or medium it was released through
 * @param due the day by which the website should carry it
 * @param documentId the corresponding document, once there is one
 */
public record OutsideReleaseView(long id, long siteId, OutsideReleaseKind kind, String outlet, String title,
		LocalDate releasedOn, @Nullable String link, String registeredBy, LocalDate due, @Nullable Long documentId,
		@Nullable Instant matchedAt) {

	public boolean open() {
		return documentId == null;
	}
}
