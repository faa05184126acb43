package org.govsite.interaction;

/**
 * A letter the platform does not take, or an action on it a citizen may not do: the reason is a
 * message-bundle code, the status what the public API answers (400 bad input, 404 unknown code,
 * 409 duplicate or wrong state, 429 too many).
 */
public class LetterRefused extends RuntimeException {

	private final String code;

	private final int status;

	public LetterRefused(int status, String code) {
		super(code);
		this.code = code;
		this.status = status;
	}

	public String code() {
		return code;
	}

	public int status() {
		return status;
	}
}
