package org.govsite.content.internal;

import java.util.List;

import org.govsite.content.ContentChecker;
import org.govsite.content.ContentRuleViolation;
import org.govsite.content.SubmissionCheck;

/**
 * The submit step's content checks: runs every {@link ContentChecker} on the title and the body
 * and refuses the submission while a blocking finding remains. Plain Java, so that its logic is
 * tested with a checker of the test's own.
 */
final class SubmissionChecks {

	private final List<ContentChecker> checkers;

	SubmissionChecks(List<ContentChecker> checkers) {
		this.checkers = List.copyOf(checkers);
	}

	SubmissionCheck run(String title, String bodyHtml) {
		return new SubmissionCheck(!checkers.isEmpty(),
				checkers.stream().flatMap(checker -> checker.check(title, bodyHtml).stream()).toList());
	}

	/** The findings, or a refusal when one of them blocks the submission. */
	SubmissionCheck requireSubmittable(String title, String bodyHtml) {
		SubmissionCheck check = run(title, bodyHtml);
		if (check.blocked()) {
			throw new ContentRuleViolation("content.submit.blockingFindings");
		}
		return check;
	}
}
