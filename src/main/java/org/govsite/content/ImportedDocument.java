package org.govsite.content;

import java.time.Instant;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * A document to import, as published or for review.
 *
 * @param type its kind
 * @param content its text (a policy document with its disclosure metadata; 索引号 unique)
 * @param channelIds the channels it shows in
 * @param publishedAt its publish date (imported for review: the date it shows once released)
 * @param author the username recorded as its author
 */
@NamedInterface("import")
public record ImportedDocument(DocumentType type, DocumentContent content, List<Long> channelIds, Instant publishedAt,
		String author) {

	public ImportedDocument {
		channelIds = List.copyOf(channelIds);
	}
}
