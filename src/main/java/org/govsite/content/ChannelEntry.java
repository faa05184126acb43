package org.govsite.content;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/** One line of a channel's list page: enough to show it without loading the document. */
@NamedInterface("catalogue")
public record ChannelEntry(long documentId, long channelId, DocumentType type, String title, Instant publishedAt,
		boolean pinned, @Nullable String summary, @Nullable AttachmentRef cover, @Nullable String linkUrl,
		@Nullable LocalDate archivedOn) {
}
