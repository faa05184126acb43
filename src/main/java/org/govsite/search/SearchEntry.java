package org.govsite.search;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One result that search can find: a published document on one site, a letter, a service guide …
 *
 * @param id unique in the index, e.g. {@code document:42@7} (document 42 on site 7)
 * @param source what the entry comes from, shared by the entries of one thing shown in several
 * places, e.g. {@code document:42}
 * @param kind the result type: a {@code DocumentType} name, or another module's own ({@code LETTER} …)
 * @param siteId the site it is shown on
 * @param channels the channels it is shown in on that site (for narrowing)
 * @param title 标题
 * @param body the text of its body, without markup
 * @param summary 摘要
 * @param attachmentText the text read from its attachments
 * @param date the date shown (publish date)
 * @param disclosure the disclosure fields, if any
 * @param url the simplified page's address
 * @param traditionalUrl the traditional-Chinese page's address
 */
public record SearchEntry(String id, String source, String kind, long siteId, List<Channel> channels, String title,
		String body, @Nullable String summary, @Nullable String attachmentText, Instant date,
		@Nullable Disclosure disclosure, String url, @Nullable String traditionalUrl) {

	/** A channel an entry shows in. */
	public record Channel(long id, String name) {
	}

	/**
	 * The disclosure fields of a policy document.
	 *
	 * @param valid whether it is in force: {@code false} for 失效 and 已废止, which rank lower
	 */
	public record Disclosure(@Nullable String indexNumber, @Nullable String documentNumber, @Nullable String issuer,
			@Nullable String subjectCategory, @Nullable String validity, boolean valid) {
	}
}
