package org.govsite.migration;

import java.util.List;

/**
 * What a bulk import did: every document imported, or none, with each row's errors in Chinese.
 *
 * @param rows rows read
 * @param documentIds the new documents, empty when there were errors
 * @param errors one line per problem, e.g. 第 3 行：缺少标题
 * @param notes what was imported without something, e.g. a Word file's picture in a format the
 * web cannot show
 */
public record BulkResult(int rows, List<Long> documentIds, List<String> errors, List<String> notes) {

	public BulkResult {
		documentIds = List.copyOf(documentIds);
		errors = List.copyOf(errors);
		notes = List.copyOf(notes);
	}

	public boolean imported() {
		return errors.isEmpty() && !documentIds.isEmpty();
	}
}
