package org.govsite.platform;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console shows every moment in the platform's zone ({@code govsite.zone}), whatever the
 * server's: publish jobs, password changes and activation links were shown in UTC on a UTC server
 * while the audit trail showed Beijing time.
 */
@IntegrationTest
class ConsoleTimeZoneTests {

	@Autowired
	SpringTemplateEngine console;

	@Test
	void consoleFormatsInstantsInThePlatformsZone() {
		Instant midnightUtc = Instant.parse("2026-01-01T00:00:00Z");

		String page = console.process("test-zone/instant", new Context(Locale.SIMPLIFIED_CHINESE, Map.of("at", midnightUtc)));

		assertThat(page).contains("2026-01-01 08:00");
	}
}
