package org.govsite.guard.internal;

import java.util.List;

import org.govsite.guard.FindingMessages;
import org.govsite.content.ContentChecker;
import org.govsite.content.ContentFinding;
import org.govsite.guard.ContentGuard;
import org.govsite.guard.GuardFinding;

import org.springframework.stereotype.Component;

/**
 * The guard at content's door: every document submitted for review is checked, title and body
 * together; a blocking finding refuses the submission (content's {@code SubmissionChecks}).
 */
@Component
class GuardContentChecker implements ContentChecker {

	private final ContentGuard guard;

	private final FindingMessages messages;

	GuardContentChecker(ContentGuard guard, FindingMessages messages) {
		this.guard = guard;
		this.messages = messages;
	}

	@Override
	public List<ContentFinding> check(String title, String bodyHtml) {
		String text = title + "\n" + ContentGuard.textOf(bodyHtml);
		return guard.check(text).findings().stream().map(this::finding).toList();
	}

	private ContentFinding finding(GuardFinding finding) {
		return new ContentFinding(messages.category(finding.category()), messages.describe(finding), finding.excerpt(),
				finding.blocking(), finding.suggestion(), finding.start());
	}
}
