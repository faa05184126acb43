package org.govsite.monitor;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** The inspection found a new problem on a site and made it a rectification task. */
public record ProblemFound(long taskId, long siteId, ProblemKind kind, String subject, @Nullable String owner,
		LocalDate dueOn) {
}
