package org.govsite.interaction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a subscription is about, within one site: some of its channels, or the whole site when none
 * is named; and, when keywords are given, only what names one of them in its title, summary or
 * keywords.
 *
 * @param channelIds the channels, empty for the whole site
 * @param keywords the keywords, empty for everything
 */
public record SubscriptionScope(Set<Long> channelIds, List<String> keywords) {

	static final int MAX_KEYWORDS = 5;

	static final int MAX_KEYWORD_CHARS = 20;

	public SubscriptionScope {
		channelIds = Set.copyOf(channelIds);
		keywords = List.copyOf(keywords);
	}

	/**
	 * The keywords a subscriber typed, split on spaces and commas (either width), duplicates
	 * dropped; refused when there are too many or one is too long.
	 */
	public static List<String> keywords(@Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			return List.of();
		}
		Set<String> words = new LinkedHashSet<>();
		for (String word : typed.strip().split("[\\s,，、;；]+")) {
			if (!word.isEmpty()) {
				if (word.codePointCount(0, word.length()) > MAX_KEYWORD_CHARS) {
					throw new ParticipationRefused(400, "subscription.keyword.tooLong", Integer.toString(MAX_KEYWORD_CHARS));
				}
				words.add(word);
			}
		}
		if (words.size() > MAX_KEYWORDS) {
			throw new ParticipationRefused(400, "subscription.keyword.tooMany", Integer.toString(MAX_KEYWORDS));
		}
		return new ArrayList<>(words);
	}

	/**
	 * Whether a document newly placed in these channels of the site is of interest: in a chosen
	 * channel (any, for the whole site), and naming a keyword if there are any.
	 */
	public boolean matches(Collection<Long> newChannels, String title, @Nullable String summary, List<String> documentKeywords) {
		if (!channelIds.isEmpty() && newChannels.stream().noneMatch(channelIds::contains)) {
			return false;
		}
		if (keywords.isEmpty()) {
			return true;
		}
		String text = (title + "\n" + (summary == null ? "" : summary) + "\n" + String.join("\n", documentKeywords))
			.toLowerCase(Locale.ROOT);
		return keywords.stream().anyMatch(keyword -> text.contains(keyword.toLowerCase(Locale.ROOT)));
	}
}
