package org.govsite.site.web;

import java.time.Clock;
import java.time.Instant;

import java.time.format.DateTimeFormatter;

import org.govsite.platform.BackOffice;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Shows moments on the site pages in the platform's zone: {@code ${@siteTime.format(entry.at)}}. */
@Component("siteTime")
@BackOffice
class ConsoleTime {

	private final DateTimeFormatter minutes;

	ConsoleTime(Clock clock) {
		this.minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
	}

	public String format(@Nullable Instant instant) {
		return instant == null ? "" : minutes.format(instant);
	}
}
