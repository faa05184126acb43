package org.govsite.content;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A line of the console's document list. */
public record DocumentSummary(long id, long siteId, DocumentType type, DocumentState state, int reviewLevel,
		String title, String createdBy, Instant updatedAt, boolean live, @Nullable Instant firstPublishedAt,
		List<Long> channelIds) {
}
