package org.govsite.migration;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the rules read from one page of an old site, as the preview shows it.
 *
 * @param url the page's address
 * @param kind list, detail or other
 * @param section the old site's section it belongs to (its folder, without date folders)
 * @param title the title
 * @param date the original publish date
 * @param source the source (来源)
 * @param body the body's HTML, as found (sanitized on import)
 * @param attachments the addresses of its files, on the same site
 * @param links the addresses it links to on the same site
 */
public record PageReading(String url, PageKind kind, String section, @Nullable String title, @Nullable LocalDate date,
		@Nullable String source, @Nullable String body, List<String> attachments, List<String> links) {

	public PageReading {
		attachments = List.copyOf(attachments);
		links = List.copyOf(links);
	}

	/** The body's plain text length, for the preview. */
	public int bodyLength() {
		return body == null ? 0 : org.jsoup.Jsoup.parseBodyFragment(body).text().length();
	}
}
