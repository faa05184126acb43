package org.govsite.site.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Who does something, and when: every lifecycle step and every change is recorded with both.
 *
 * @param by the username
 * @param at the moment
 * @param zone the platform's zone, in which days count whatever the server's zone
 */
public record Act(String by, Instant at, ZoneId zone) {

	/** The day it happened, in the platform's zone. */
	public LocalDate day() {
		return at.atZone(zone).toLocalDate();
	}
}
