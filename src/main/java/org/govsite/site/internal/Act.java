package org.govsite.site.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Who does something, and when: every lifecycle step and every change is recorded with both.
 *
 * @param by the username
 * @param at the moment
 */
public record Act(String by, Instant at) {

	/** Days count in China, whatever the server's zone. */
	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** The day it happened, in China. */
	public LocalDate day() {
		return at.atZone(CHINA).toLocalDate();
	}
}
