package org.govsite.identity;

/** A citizen's request refused, with the HTTP status to answer and the bundle code of the reason. */
public class CitizenRefused extends RuntimeException {

	private final int status;

	private final String code;

	public CitizenRefused(int status, String code) {
		super(code);
		this.status = status;
		this.code = code;
	}

	public int status() {
		return status;
	}

	public String code() {
		return code;
	}
}
