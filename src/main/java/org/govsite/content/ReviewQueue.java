package org.govsite.content;

import java.util.List;

/**
 * One page of the documents waiting for the signed-in reviewer, the longest waiting first, and
 * how many wait in all.
 *
 * @param documents the page
 * @param total how many wait, counted up to {@link BoundedCount#CAP}
 */
public record ReviewQueue(List<DocumentSummary> documents, BoundedCount total) {

	public ReviewQueue {
		documents = List.copyOf(documents);
	}
}
