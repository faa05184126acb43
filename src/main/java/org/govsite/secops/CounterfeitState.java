package org.govsite.secops;

import org.govsite.platform.RuleViolation;

/** A counterfeit-site report's course: 已登记 → 已核实 → 已移交网信部门 → 已办结, one step at a time. */
public enum CounterfeitState {

	REPORTED, VERIFIED, REFERRED, CLOSED;

	/** The next step, refused from the last. */
	public CounterfeitState next() {
		return switch (this) {
			case REPORTED -> VERIFIED;
			case VERIFIED -> REFERRED;
			case REFERRED -> CLOSED;
			case CLOSED -> throw new RuleViolation("secops.counterfeit.closed");
		};
	}
}
