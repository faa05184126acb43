package org.govsite.guard;

import org.govsite.platform.RuleViolation;

/** A change to the dictionaries the guard refuses; the code is a key of messages/guard.properties. */
public class GuardRefusal extends RuleViolation {

	public GuardRefusal(String code, Object... arguments) {
		super(code, arguments);
	}
}
