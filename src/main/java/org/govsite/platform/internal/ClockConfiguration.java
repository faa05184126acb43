package org.govsite.platform.internal;

import java.time.Clock;

import org.govsite.platform.GovSiteProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's one source of time, in the platform's zone ({@code govsite.zone}, China Standard
 * Time by default) whatever the server's zone: code that needs the zone asks the clock for it.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock(GovSiteProperties platform) {
		return Clock.system(platform.zone());
	}
}
