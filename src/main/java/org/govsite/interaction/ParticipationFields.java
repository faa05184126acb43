package org.govsite.interaction;

import org.jspecify.annotations.Nullable;

/**
 * The checks every participation field gets, citizen's or staff's: stripped, required or not, at
 * most so many characters; refused with {@code participation.required.<field>} or
 * {@code participation.tooLong.<field>} (status 400) before anything is stored.
 */
final class ParticipationFields {

	private ParticipationFields() {
	}

	static String required(@Nullable String value, int max, String field) {
		String stripped = optional(value, max, field);
		if (stripped == null) {
			throw new ParticipationRefused(400, "participation.required." + field);
		}
		return stripped;
	}

	static @Nullable String optional(@Nullable String value, int max, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.codePointCount(0, stripped.length()) > max) {
			// as text: a number argument would be formatted with a thousands separator (5,000)
			throw new ParticipationRefused(400, "participation.tooLong." + field, Integer.toString(max));
		}
		return stripped;
	}

	/** A link staff give to a page: the site's own path or an http(s) address, nothing else (no javascript:). */
	static @Nullable String link(@Nullable String value, String field) {
		String link = optional(value, 500, field);
		if (link != null && !link.matches("(?i)(https?://|/)[^\\s<>\"']*")) {
			throw new ParticipationRefused(400, "participation.link." + field);
		}
		return link;
	}

	static String email(@Nullable String value) {
		String email = required(value, 100, "email");
		if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new ParticipationRefused(400, "participation.email");
		}
		return email.toLowerCase(java.util.Locale.ROOT);
	}
}
