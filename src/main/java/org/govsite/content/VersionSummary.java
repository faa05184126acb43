package org.govsite.content;

import java.time.Instant;

/** A version in a document's list of versions. */
public record VersionSummary(int number, String title, String editedBy, Instant editedAt, boolean live,
		boolean current) {
}
