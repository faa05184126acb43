package org.govsite.content;

import org.jspecify.annotations.Nullable;

/**
 * Something a {@link ContentChecker} found.
 *
 * @param checker a short name of the check, shown with the finding (e.g. 敏感词)
 * @param message what was found and why it matters, in Chinese
 * @param excerpt the text concerned
 * @param blocking whether the document may not be submitted while it is there
 * @param suggestion what to write instead, when the check knows
 * @param position where the finding starts in the text the check read (the title, a line break,
 * then the body's text), -1 when unknown; for highlighting it in the editor
 */
public record ContentFinding(String checker, String message, String excerpt, boolean blocking,
		@Nullable String suggestion, int position) {

	/** A finding without a suggestion or position. */
	public ContentFinding(String checker, String message, String excerpt, boolean blocking) {
		this(checker, message, excerpt, blocking, null, -1);
	}
}
