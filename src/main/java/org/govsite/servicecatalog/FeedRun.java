package org.govsite.servicecatalog;

import java.time.Instant;
import java.util.List;

/**
 * One import of service items from the 政务服务 system: how many items were added, updated and left
 * as they were, and each item left out, or the whole feed when it could not be read, in Chinese.
 */
public record FeedRun(Instant ranAt, int added, int updated, int unchanged, List<String> errors) {

	public FeedRun {
		errors = List.copyOf(errors);
	}
}
