package org.govsite.interaction;

/**
 * A letter's attachment as listed to a handler or a reader (without its content).
 *
 * @param publicAllowed whether a handler let it be downloaded from the published letter
 */
public record LetterAttachment(long id, long letterId, String fileName, String mediaType, int size, boolean publicAllowed) {

	/** The attachment with its content, to be sent. */
	public record Download(LetterAttachment attachment, byte[] content) {
	}
}
