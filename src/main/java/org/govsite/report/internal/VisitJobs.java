package org.govsite.report.internal;

import java.time.Duration;

import org.govsite.jobs.RecurringJob;
import org.govsite.report.VisitCounter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every node writes the views its beacon counted every few seconds; one imports the access logs daily. */
@Configuration(proxyBeanMethods = false)
class VisitJobs {

	static final Duration FLUSH = Duration.ofSeconds(3);

	@Bean
	RecurringJob visitFlushJob(VisitCounter counter) {
		return RecurringJob.onEveryNode("report.flush-visits", "report.job.flush", FLUSH, counter::flush);
	}

	@Bean
	RecurringJob accessLogJob(AccessLogImport logs, AccessLogProperties properties) {
		return RecurringJob.daily("report.access-logs", "report.job.accessLogs", properties.importAt(), logs::importNew);
	}
}
