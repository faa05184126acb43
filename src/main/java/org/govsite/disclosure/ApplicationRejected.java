package org.govsite.disclosure;

/**
 * An application that cannot be taken as written: a field is missing or wrong. Nothing is stored.
 *
 * @see #field() the form field at fault
 */
public class ApplicationRejected extends RuntimeException {

	private final String field;

	private final String messageKey;

	public ApplicationRejected(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	/** The message-bundle key saying what is wrong, in Chinese. */
	public String messageKey() {
		return messageKey;
	}
}
