package org.govsite.migration;

import java.util.List;

/**
 * What a bulk import did: every document imported, or none, with each row's errors in Chinese.
 *
 * @param rows rows read
 * @param documentIds the new documents, empty when there were errors
 * @param errors one line per problem, e.g. 第 3 行：缺少标题
 */
public record BulkResult(int rows, List<Long> documentIds, List<String> errors) {

	public BulkResult {
		documentIds = List.copyOf(documentIds);
		errors = List.copyOf(errors);
	}

	public boolean imported() {
		return errors.isEmpty() && !documentIds.isEmpty();
	}
}
