package org.govsite.servicecatalog;

import java.util.List;

/**
 * What an xlsx import did: nothing at all when any row was wrong (then {@code errors} names each
 * wrong row in Chinese), else how many items were added and how many updated.
 */
public record ImportResult(int added, int updated, List<String> errors) {

	public ImportResult {
		errors = List.copyOf(errors);
	}

	public boolean refused() {
		return !errors.isEmpty();
	}
}
