package org.govsite.platform;

/** The object asked for does not exist (or is not visible to the one who asks). */
public class NotFound extends RuntimeException {

	private final String kind;

	private final Object id;

	public NotFound(String kind, Object id) {
		super(kind + " " + id + " not found");
		this.kind = kind;
		this.id = id;
	}

	/** What was looked for, as a message-bundle key suffix: {@code site}, {@code channel} ... */
	public String kind() {
		return kind;
	}

	public Object id() {
		return id;
	}
}
