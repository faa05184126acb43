package org.govsite.platform.internal;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform's one source of time: China Standard Time, whatever the server's zone. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(CHINA);
	}
}
