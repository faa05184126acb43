package org.govsite.publish.internal;

import org.govsite.content.PublishedDocument.RelatedDocument;
import org.jspecify.annotations.Nullable;

/**
 * Where documents show in a site: the channel a document's page hangs under (breadcrumbs, column
 * meta tags), and the address of a linked document.
 */
public interface DocumentPlaces {

	/** The document's channel in this site: its first placement in tree order; null if not placed here. */
	@Nullable Long primaryChannel(long documentId);

	/**
	 * The address of a linked document: a site path when it is published in this site, an absolute
	 * address when only another site shows it, null when it is not live.
	 */
	@Nullable String href(RelatedDocument related);

}
