package org.govsite.servicecatalog.internal;

import java.time.Clock;

import org.govsite.platform.FetchGuard;
import org.govsite.servicecatalog.CaseStatusSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The JSON feed as the source of applications unless another adapter is provided. */
@Configuration(proxyBeanMethods = false)
class CaseSourceConfiguration {

	@Bean
	@ConditionalOnMissingBean(CaseStatusSource.class)
	CaseStatusSource jsonFeedCaseStatusSource(CaseFeedProperties properties, FetchGuard fetch, Clock clock) {
		return new JsonFeedCaseStatusSource(properties, fetch, clock);
	}
}
