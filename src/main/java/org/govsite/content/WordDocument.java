package org.govsite.content;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A Word document (.docx) read as a document's body by the library's converter, the one the
 * editor's Word import uses: headings, paragraphs with their alignment, lists, tables, links, bold,
 * italic. Its pictures are not stored yet: the body refers to each as {@code <img src="picture:<n>">},
 * its index in {@link #pictures}; store them with {@link ContentImport#storeFile} and point the body
 * at {@code attachment:<id>}.
 *
 * @param title the paragraph styled Title, else the file's title property, else a centred first
 * paragraph; null when none of them
 * @param body the sanitizable HTML
 * @param pictures the pictures, in order, each one that {@link ContentImport#storeFile} accepts
 * @param skippedPictures the pictures left out of the body, with the reason in Chinese (a format
 * the web cannot show, such as EMF, or too large)
 */
@NamedInterface("import")
public record WordDocument(@Nullable String title, String body, List<Picture> pictures, List<String> skippedPictures) {

	public WordDocument {
		pictures = List.copyOf(pictures);
		skippedPictures = List.copyOf(skippedPictures);
	}

	/** A picture of the document, by its name in the file. */
	public record Picture(String fileName, byte[] data) {
	}
}
