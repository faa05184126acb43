package org.govsite.guard;

import java.util.Locale;

import org.govsite.guard.FindingCategory;
import org.govsite.guard.GuardFinding;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A finding in Chinese, from messages/guard.properties. */
@Component
public class FindingMessages {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	FindingMessages(MessageSource messages) {
		this.messages = messages;
	}

	public String category(FindingCategory category) {
		return messages.getMessage("guard.category." + category.code(), null, CHINESE);
	}

	/** What was found and what to write instead, in one sentence. */
	public String describe(GuardFinding finding) {
		String key = finding.category() == FindingCategory.PERSONAL_DATA ? "guard.finding.personal-data." + finding.kind()
				: "guard.finding." + finding.category().code() + (finding.suggestion() == null ? "" : ".suggestion");
		return messages.getMessage(key, new Object[] { finding.matched(), finding.suggestion(), finding.kind() }, CHINESE);
	}
}
