package org.govsite.content;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Two versions of a document compared: the fields that differ, and the body paragraph by
 * paragraph, with what was removed marked {@code <del>} and what was added {@code <ins>}.
 *
 * @param documentId the document
 * @param fromVersion the older version's number
 * @param toVersion the newer version's number
 * @param fields the fields whose values differ, in the form's order
 * @param body the body's blocks (paragraphs, headings, list items, table rows) in the newer order
 */
public record VersionComparison(long documentId, int fromVersion, int toVersion, List<FieldChange> fields,
		List<BodyBlock> body) {

	public VersionComparison {
		fields = List.copyOf(fields);
		body = List.copyOf(body);
	}

	/** Whether the two bodies differ at all. */
	public boolean bodyChanged() {
		return body.stream().anyMatch(block -> block.change() != Change.SAME);
	}

	/**
	 * A field whose value differs.
	 *
	 * @param field its name, as the form names it ({@code title}, {@code source}, {@code indexNumber} …)
	 * @param before its value in the older version, as shown, or {@code null} when empty
	 * @param after its value in the newer version, as shown, or {@code null} when empty
	 */
	public record FieldChange(String field, @Nullable String before, @Nullable String after) {
	}

	/**
	 * A block of the body.
	 *
	 * @param change how it changed
	 * @param html its text, escaped, with {@code <del>} and {@code <ins>} around what changed: safe to
	 * show unescaped
	 */
	public record BodyBlock(Change change, String html) {
	}

	/** How a block changed between the versions. */
	public enum Change {
		SAME, ADDED, REMOVED, CHANGED
	}
}
