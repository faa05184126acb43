package org.govsite.identity;

import java.util.List;

import org.govsite.platform.RuleViolation;

/** A new password breaks the password policy; {@link #reasons()} holds a bundle code per broken rule. */
public class PasswordRejected extends RuleViolation {

	private final List<String> reasons;

	public PasswordRejected(List<String> reasons) {
		super(reasons.getFirst());
		this.reasons = List.copyOf(reasons);
	}

	public List<String> reasons() {
		return reasons;
	}
}
