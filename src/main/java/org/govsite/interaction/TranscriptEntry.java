package org.govsite.interaction;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One line of an interview's transcript: a question passed, a guest's answer, a remark (with a picture). */
public record TranscriptEntry(long id, Instant at, Kind kind, String speaker, String text, @Nullable String pictureUrl) {

	public enum Kind {
		QUESTION, ANSWER, REMARK
	}
}
