package org.govsite.site.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.govsite.platform.BackOffice;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Shows moments on the site pages in China Standard Time: {@code ${@siteTime.format(entry.at)}}. */
@Component("siteTime")
@BackOffice
class ConsoleTime {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	public String format(@Nullable Instant instant) {
		return instant == null ? "" : MINUTES.format(instant);
	}
}
