package org.govsite.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A document to disclose proactively (公开方式 主动公开, with a 成文日期) whose newest version is not
 * live yet: never published, or changed since it was. SPEC.md §5 gives 20 working days from the
 * information being made or changed.
 *
 * @param writtenOn 成文日期 of the newest version: when the information was made
 * @param changedAt for a live document with a newer version, when that version was last saved;
 * null for a document never published
 * @param createdBy who created it in the library
 * @param editedBy who last saved the newest version
 */
@NamedInterface("catalogue")
public record PendingDisclosure(long documentId, long siteId, String title, LocalDate writtenOn,
		@Nullable Instant changedAt, String createdBy, String editedBy) {

	/** The day the 20 working days count from: the change, or else the making. */
	public LocalDate madeOrChangedOn(ZoneId zone) {
		LocalDate changedOn = changedAt == null ? null : changedAt.atZone(zone).toLocalDate();
		return changedOn != null && changedOn.isAfter(writtenOn) ? changedOn : writtenOn;
	}
}
