package org.govsite.servicecatalog.internal;

import java.time.Clock;

import org.govsite.jobs.RecurringJob;
import org.govsite.platform.FetchGuard;
import org.govsite.servicecatalog.CaseStatusSource;
import org.govsite.servicecatalog.ServiceItemFeed;
import org.govsite.servicecatalog.ServiceItemSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ports to the provincial 政务服务 system: JSON feeds of applications and of service items
 * unless other adapters are provided, and the daily import of the items.
 */
@Configuration(proxyBeanMethods = false)
class SourceConfiguration {

	@Bean
	@ConditionalOnMissingBean(CaseStatusSource.class)
	CaseStatusSource jsonFeedCaseStatusSource(CaseFeedProperties properties, FetchGuard fetch, Clock clock) {
		return new JsonFeedCaseStatusSource(properties, fetch, clock);
	}

	@Bean
	@ConditionalOnMissingBean(ServiceItemSource.class)
	ServiceItemSource jsonFeedServiceItemSource(ItemFeedProperties properties, FetchGuard fetch) {
		return new JsonFeedServiceItemSource(properties, fetch);
	}

	@Bean
	RecurringJob serviceItemFeedJob(ServiceItemFeed feed, ItemFeedProperties properties) {
		return RecurringJob.daily("servicecatalog.item-feed", "servicecatalog.job.itemFeed", properties.importAt(),
				feed::importScheduled);
	}
}
