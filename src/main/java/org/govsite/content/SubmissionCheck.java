package org.govsite.content;

import java.util.List;

/**
 * What the content checks say about a document before it is submitted, as the submit step shows
 * it: every finding of every {@link ContentChecker}.
 *
 * @param checksConfigured whether any check is installed (none is, until the content-security
 * capability brings its checks)
 * @param findings every finding, in the checks' order
 */
public record SubmissionCheck(boolean checksConfigured, List<ContentFinding> findings) {

	public SubmissionCheck {
		findings = List.copyOf(findings);
	}

	/** Whether a finding stops the submission until the text is changed. */
	public boolean blocked() {
		return findings.stream().anyMatch(ContentFinding::blocking);
	}
}
