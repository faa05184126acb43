package org.govsite.interaction;

import org.govsite.platform.RuleViolation;

/**
 * What the participation pages and services refuse: a rule broken (the console shows it as any
 * {@link RuleViolation}) with the status a public page or the public API answers (400 bad input,
 * 404 unknown, 409 not now or already done).
 */
public class ParticipationRefused extends RuleViolation {

	private final int status;

	public ParticipationRefused(int status, String code, Object... arguments) {
		super(code, arguments);
		this.status = status;
	}

	public int status() {
		return status;
	}
}
