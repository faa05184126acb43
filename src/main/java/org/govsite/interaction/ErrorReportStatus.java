package org.govsite.interaction;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An error report as its reporter follows it with the query code (no contact details). */
public record ErrorReportStatus(String queryCode, String site, String pageUrl, ErrorKind kind, String description,
		LocalDate receivedOn, LocalDate answerBy, @Nullable String answer) {
}
