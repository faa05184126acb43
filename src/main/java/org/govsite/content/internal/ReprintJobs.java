package org.govsite.content.internal;

import org.govsite.content.ReprintClock;
import org.govsite.jobs.RecurringJob;
import org.govsite.platform.BackOffice;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The upper-level portals' feeds are read every few minutes, so that the 12-hour clock starts on time. */
@Configuration(proxyBeanMethods = false)
@BackOffice
class ReprintJobs {

	@Bean
	RecurringJob reprintWatchJob(ReprintClock clock, ReprintSettings settings) {
		return RecurringJob.every("content.reprint-watch", "content.job.reprintWatch", settings.checkInterval(),
				clock::checkAll);
	}
}
