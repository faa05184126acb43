package org.govsite.content;

import org.govsite.content.PublishedDocument.RelatedDocument;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A live document of a site with its disclosure metadata and its 索引号, without its body: a line
 * of the disclosure catalogue, read for every such document of a site at once.
 *
 * @param replacedBy for an entry no longer 有效, the live document that replaces or amends it, else null
 */
@NamedInterface("catalogue")
public record CatalogueListing(long documentId, String title, DisclosureMetadata disclosure,
		@Nullable RelatedDocument replacedBy) {

	/** An entry that names no replacement. */
	public CatalogueListing(long documentId, String title, DisclosureMetadata disclosure) {
		this(documentId, title, disclosure, null);
	}
}
