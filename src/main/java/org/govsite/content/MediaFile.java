package org.govsite.content;

import java.time.Instant;
import java.util.List;

/**
 * A file of a site's media library: one entry per content, however often it was uploaded or
 * reused; the first upload names it.
 *
 * @param id the first upload's attachment id (to open the file, and to reuse it)
 * @param fileName the first upload's name
 * @param mediaType the type detected from its content
 * @param picture whether a page shows it inline (JPEG, PNG, GIF, WebP): a 题图 or a picture of the 正文
 * @param size bytes
 * @param uploadedBy who uploaded it first
 * @param uploadedAt when
 * @param usedIn the site's documents whose newest version shows it (as 附件, 题图 or a picture of the 正文)
 */
public record MediaFile(long id, String fileName, String mediaType, boolean picture, long size, String uploadedBy, Instant uploadedAt,
		List<UsedIn> usedIn) {

	/** A document that shows the file. */
	public record UsedIn(long documentId, String title) {
	}
}
