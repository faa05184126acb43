package org.govsite.interaction;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A citizen's question to an interview, as its moderators see it (with what the content check found). */
public record InterviewQuestion(long id, long interviewId, String asker, String content, Instant askedAt, boolean during,
		Moderation state, boolean answered, @Nullable LocalDate answerDueOn, @Nullable String findings) {
}
