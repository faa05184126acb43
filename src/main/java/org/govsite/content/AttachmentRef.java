package org.govsite.content;

import org.springframework.modulith.NamedInterface;

/**
 * A file kept with a document (an attachment, the cover image, a picture in the body), as the
 * publisher needs it: its bytes come from {@link ContentCatalog#openAttachment(long)}.
 *
 * @param id the attachment's id
 * @param fileName the name to show and to offer for download
 * @param mediaType the type detected from its content
 * @param size bytes
 * @param sha256 hex digest of the content; published files are named by it
 */
@NamedInterface({ "catalogue", "import" })
public record AttachmentRef(long id, String fileName, String mediaType, long size, String sha256) {

	/** The file's extension as published, from its detected type's usual name, e.g. {@code pdf}. */
	public String extension() {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "bin" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
	}
}
