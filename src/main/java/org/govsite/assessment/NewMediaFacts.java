package org.govsite.assessment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the inspector read on a 政务新媒体 account on a day (读网): its newest post's date and
 * whether comments or private messages are open.
 *
 * @param lastUpdateOn null when the account has never posted
 */
public record NewMediaFacts(long accountId, LocalDate checkedOn, @Nullable LocalDate lastUpdateOn, boolean interactionOpen) {

	/** Days from the newest post to the day read (never posted: as many as the account could have). */
	public static final String DAYS_SINCE_UPDATE = "days-since-update";

	/** 1 when neither comments nor private messages are open, else 0. */
	public static final String INTERACTION_CLOSED = "interaction-closed";

	public Map<String, Long> measures() {
		long days = lastUpdateOn == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(lastUpdateOn, checkedOn);
		return Map.of(DAYS_SINCE_UPDATE, days, INTERACTION_CLOSED, interactionOpen ? 0L : 1L);
	}
}
