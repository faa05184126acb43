package org.govsite.content;

import java.util.List;

/**
 * A Word document imported as a new document.
 *
 * @param documentId the new document
 * @param title its title (from the file, or its name)
 * @param pictures how many of its pictures were stored as the document's attachments
 * @param skippedPictures the pictures left out, by name, with the reason (a format that cannot be
 * published, such as EMF)
 */
public record DocxImported(long documentId, String title, int pictures, List<String> skippedPictures) {

	public DocxImported {
		skippedPictures = List.copyOf(skippedPictures);
	}
}
