package org.govsite.guard;

import org.govsite.guard.internal.Dictionaries;
import org.jsoup.Jsoup;

import org.springframework.stereotype.Service;

/**
 * Checks a text against the platform's dictionaries and for personal data, offline. For every
 * module with a door to guard: documents on submission (through content's {@code ContentChecker}),
 * citizens' posts before moderation, templates before they are saved, published pages.
 */
@Service
public class ContentGuard {

	private final Dictionaries dictionaries;

	ContentGuard(Dictionaries dictionaries) {
		this.dictionaries = dictionaries;
	}

	/** What the guard finds in a plain text; positions are in this text. */
	public TextCheck check(String text) {
		return new TextCheck(dictionaries.scanner().scan(text));
	}

	/** What the guard finds in the text of an HTML fragment or page; positions are in {@link #textOf}. */
	public TextCheck checkHtml(String html) {
		return check(textOf(html));
	}

	/** The text a reader sees of an HTML fragment or page (with its title). */
	public static String textOf(String html) {
		return Jsoup.parse(html).text();
	}
}
