package org.govsite.interaction;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An interview; {@code archive} is its archived page, once there is one. */
public record InterviewView(long id, long siteId, String title, String guests, String notice, Instant startsAt,
		InterviewState state, @Nullable LocalDate endedOn, @Nullable String archive) {

	/** Questions are taken before and during the interview. */
	public boolean asking() {
		return state == InterviewState.SCHEDULED || state == InterviewState.LIVE;
	}
}
