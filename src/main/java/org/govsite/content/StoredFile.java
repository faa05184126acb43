package org.govsite.content;

import java.io.InputStream;
import java.util.function.Supplier;

/** A file of a document and a way to read its bytes (the caller closes the stream). */
public record StoredFile(AttachmentRef attachment, Supplier<InputStream> content) {
}
