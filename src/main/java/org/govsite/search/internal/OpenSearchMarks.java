package org.govsite.search.internal;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * Highlighting done here rather than by OpenSearch, whose fields hold analyzed terms rather than
 * the text: the query's terms marked {@code <mark>} in the stored (normalized) text.
 */
final class OpenSearchMarks {

	/** About as long as the embedded engine's passages. */
	private static final int PASSAGE = 90;

	private OpenSearchMarks() {
	}

	/** The whole text, escaped, with every occurrence of a term marked. */
	static String mark(String text, List<String> terms) {
		boolean[] marked = new boolean[text.length()];
		String lower = text.toLowerCase(java.util.Locale.ROOT);
		for (String term : terms) {
			for (int at = lower.indexOf(term); at >= 0 && !term.isEmpty(); at = lower.indexOf(term, at + 1)) {
				java.util.Arrays.fill(marked, at, at + term.length(), true);
			}
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			if (marked[i] && (i == 0 || !marked[i - 1])) {
				out.append("<mark>");
			}
			out.append(HtmlUtils.htmlEscape(String.valueOf(text.charAt(i))));
			if (marked[i] && (i + 1 == text.length() || !marked[i + 1])) {
				out.append("</mark>");
			}
		}
		return out.toString();
	}

	/** A passage around the first term found, marked; null when none is in the text. */
	static String passage(String text, List<String> terms) {
		String lower = text.toLowerCase(java.util.Locale.ROOT);
		int first = -1;
		for (String term : terms) {
			int at = term.isEmpty() ? -1 : lower.indexOf(term);
			if (at >= 0 && (first < 0 || at < first)) {
				first = at;
			}
		}
		if (first < 0) {
			return null;
		}
		int start = Math.max(0, first - PASSAGE / 4);
		int end = Math.min(text.length(), start + PASSAGE);
		return (start > 0 ? "… " : "") + mark(text.substring(start, end), terms) + (end < text.length() ? "… " : "");
	}
}
