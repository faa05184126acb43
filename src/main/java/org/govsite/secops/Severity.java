package org.govsite.secops;

import java.util.Arrays;
import java.util.Optional;

/** How serious a vulnerability is, as the scan reports it: 高, 中 or 低. */
public enum Severity {

	HIGH("高"), MEDIUM("中"), LOW("低");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The severity a file names, in Chinese (高) or as its code (HIGH, high). */
	public static Optional<Severity> parse(String text) {
		String wanted = text.strip();
		return Arrays.stream(values())
			.filter(severity -> severity.label.equals(wanted) || severity.name().equalsIgnoreCase(wanted))
			.findFirst();
	}
}
