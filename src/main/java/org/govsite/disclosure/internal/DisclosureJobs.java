package org.govsite.disclosure.internal;

import java.time.LocalTime;

import org.govsite.disclosure.DisclosureRequests;
import org.govsite.jobs.RecurringJob;
import org.govsite.platform.BackOffice;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each night, applications whose time ran out end by the rules: a correction that did not arrive
 * (withdrawn), a fee not paid, a consultation left unanswered (the clock runs again).
 */
@Configuration(proxyBeanMethods = false)
@BackOffice
class DisclosureJobs {

	@Bean
	RecurringJob disclosureLapse(DisclosureRequests requests) {
		return RecurringJob.daily("disclosure.lapse", "disclosure.job.lapse", LocalTime.of(0, 20), requests::lapse);
	}
}
