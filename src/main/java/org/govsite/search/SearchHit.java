package org.govsite.search;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One result.
 *
 * @param title the title, HTML-escaped, with the matched words in {@code <mark>}
 * @param snippet a passage of the text, HTML-escaped, the matched words in {@code <mark>}
 * @param plainTitle the title as text
 */
public record SearchHit(String id, String kind, long siteId, List<SearchEntry.Channel> channels, String title,
		String plainTitle, String snippet, LocalDate date, String url, @Nullable String traditionalUrl,
		@Nullable String documentNumber, @Nullable String validity, float score) {
}
