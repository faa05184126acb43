package org.govsite.secops;

import org.govsite.platform.RuleViolation;

/** Where a finding stands: open until fixed (with a note saying how), then verified by a re-check. */
public enum FindingState {

	OPEN, FIXED, VERIFIED;

	/** The state after the fix is recorded. */
	public FindingState fix() {
		if (this != OPEN) {
			throw new RuleViolation("secops.finding.notOpen");
		}
		return FIXED;
	}

	/** The state after the fix is checked. */
	public FindingState verify() {
		if (this != FIXED) {
			throw new RuleViolation("secops.finding.notFixed");
		}
		return VERIFIED;
	}
}
