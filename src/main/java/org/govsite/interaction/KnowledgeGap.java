package org.govsite.interaction;

import java.time.LocalDate;

/**
 * A question a site's assistant had no answer for: a to-do of the 知识库, asked {@code timesAsked}
 * times, until a handler writes the entry that answers it and closes it.
 */
public record KnowledgeGap(long id, long siteId, String question, int timesAsked, LocalDate firstAsked,
		LocalDate lastAsked) {
}
