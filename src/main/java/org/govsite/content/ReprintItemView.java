package org.govsite.content;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A policy found on an upper-level portal, with its reprint deadline and what became of it.
 *
 * @param dueAt the end of the reprint limit (12 calendar hours by default)
 * @param documentId the reprint imported from it, if any
 * @param reprintedAt when that reprint went live
 */
public record ReprintItemView(long id, long siteId, String feedName, String link, String title,
		@Nullable Instant publishedAt, Instant foundAt, Instant dueAt, @Nullable Long documentId,
		@Nullable Instant importedAt, @Nullable Instant reprintedAt) {

	/** How the item stands against its deadline at the given moment. */
	public ReprintOutcome outcomeAt(Instant now) {
		if (reprintedAt != null) {
			return reprintedAt.isAfter(dueAt) ? ReprintOutcome.LATE : ReprintOutcome.ON_TIME;
		}
		return now.isAfter(dueAt) ? ReprintOutcome.MISSED : ReprintOutcome.PENDING;
	}
}
