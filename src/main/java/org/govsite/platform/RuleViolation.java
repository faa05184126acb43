package org.govsite.platform;

import java.util.Arrays;

/**
 * A request the domain refuses: a rule of SPEC.md would be broken. Carries a message-bundle code
 * and its arguments, so that the console and the API can say why in Chinese.
 */
public class RuleViolation extends RuntimeException {

	private final String code;

	private final Object[] arguments;

	public RuleViolation(String code, Object... arguments) {
		super(code + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
		this.code = code;
		this.arguments = arguments.clone();
	}

	/** The message-bundle key that explains the refusal. */
	public String code() {
		return code;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
