package org.govsite.interaction.internal;

import java.util.List;

import org.govsite.platform.TextChecker;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What the content check (the guard, through platform's {@link TextChecker}) finds blocking in a
 * text a citizen wrote, for the moderator who decides on it: one description a line, or null.
 * Without a checker (module tests, no guard) nothing is found.
 */
@Component
public class ContentFindings {

	private final ObjectProvider<TextChecker> checker;

	ContentFindings(ObjectProvider<TextChecker> checker) {
		this.checker = checker;
	}

	public @Nullable String of(String text) {
		TextChecker check = checker.getIfAvailable();
		if (check == null) {
			return null;
		}
		List<String> blocking = check.check(text).stream().filter(TextChecker.Finding::blocking)
			.map(TextChecker.Finding::description).distinct().toList();
		return blocking.isEmpty() ? null : String.join("\n", blocking);
	}
}
