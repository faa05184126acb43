package org.govsite.guard;

import java.util.List;

/**
 * What the content guard says about one text: every finding, in the order of the text.
 */
public record TextCheck(List<GuardFinding> findings) {

	public TextCheck {
		findings = List.copyOf(findings);
	}

	/** Whether a finding stops the text from going out until it is changed. */
	public boolean blocked() {
		return findings.stream().anyMatch(GuardFinding::blocking);
	}

	public boolean clean() {
		return findings.isEmpty();
	}
}
