package org.govsite.secops.internal;

import java.time.LocalTime;

import org.govsite.jobs.RecurringJob;
import org.govsite.secops.Vulnerabilities;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily look for findings past their last day, on one admin node at {@code govsite.secops.overdue-check-at}. */
@Configuration(proxyBeanMethods = false)
class SecopsJobs {

	@Bean
	static RecurringJob secopsOverdueJob(Vulnerabilities vulnerabilities,
			@Value("${govsite.secops.overdue-check-at:08:00}") LocalTime at) {
		return RecurringJob.daily("secops.overdue-check", "secops.job.overdue", at, vulnerabilities::alertOverdue);
	}
}
