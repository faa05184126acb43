package org.govsite.publish;

/**
 * A file a document's preview links to: one of the theme's files or an attachment.
 *
 * @param content its bytes
 * @param mediaType its type
 */
public record PreviewFile(byte[] content, String mediaType) {
}
