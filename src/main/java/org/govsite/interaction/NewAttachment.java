package org.govsite.interaction;

/** A file a citizen sends with a letter, as uploaded: its name is only shown, its type is read from its content. */
public record NewAttachment(String fileName, byte[] content) {
}
