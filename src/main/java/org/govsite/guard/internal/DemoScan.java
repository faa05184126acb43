package org.govsite.guard.internal;

import java.time.Clock;
import java.time.Duration;

import org.govsite.jobs.BackgroundJobs;
import org.govsite.jobs.JobType;
import org.govsite.platform.BackOffice;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The guard's part of the demo: where the scan has never found anything (a new demo site group,
 * whose portal has a page with slips the check warns about), the scan runs once a few minutes
 * after start, when the demo's first publishing has written the pages, instead of waiting for the
 * night; 内容安全问题 then shows rectification items and their trend. Off with the demo
 * ({@code govsite.demo.enabled=false}).
 */
@Component
@BackOffice
@Order(20)
@ConditionalOnBooleanProperty(name = "govsite.demo.enabled", matchIfMissing = true)
class DemoScan implements ApplicationRunner {

	/** Time enough for the demo's first publishing on a small machine. */
	private static final Duration AFTER_START = Duration.ofMinutes(5);

	private final FindingStore findings;

	private final BackgroundJobs jobs;

	private final JobType scan;

	private final Clock clock;

	DemoScan(FindingStore findings, BackgroundJobs jobs, @Qualifier("guardDemoScan") JobType scan, Clock clock) {
		this.findings = findings;
		this.scan = scan;
		this.jobs = jobs;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (findings.none()) {
			jobs.queueAt(scan.name(), "demo", "", clock.instant().plus(AFTER_START));
		}
	}
}
