package org.govsite.guard.internal;

import java.util.List;

import org.govsite.guard.ContentGuard;
import org.govsite.guard.FindingMessages;
import org.govsite.platform.TextChecker;

import org.springframework.stereotype.Component;

/** The guard behind platform's content-check port: citizens' texts checked before moderation. */
@Component
class GuardTextChecker implements TextChecker {

	private final ContentGuard guard;

	private final FindingMessages messages;

	GuardTextChecker(ContentGuard guard, FindingMessages messages) {
		this.guard = guard;
		this.messages = messages;
	}

	@Override
	public List<Finding> check(String text) {
		return guard.check(text).findings().stream()
			.map(finding -> new Finding(finding.blocking(), finding.matched(), messages.describe(finding), finding.suggestion()))
			.toList();
	}
}
