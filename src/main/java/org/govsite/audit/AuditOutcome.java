package org.govsite.audit;

/** Whether the recorded action succeeded. */
public enum AuditOutcome {

	SUCCESS,

	/** Refused (a rule, a missing right, invalid input) or failed with an error. */
	FAILURE;

	public static AuditOutcome of(boolean succeeded) {
		return succeeded ? SUCCESS : FAILURE;
	}
}
