package org.govsite.content;

import org.springframework.modulith.NamedInterface;

/**
 * A live document of a site with its disclosure metadata and its 索引号, without its body: a line
 * of the disclosure catalogue, read for every such document of a site at once.
 */
@NamedInterface("catalogue")
public record CatalogueListing(long documentId, String title, DisclosureMetadata disclosure) {
}
