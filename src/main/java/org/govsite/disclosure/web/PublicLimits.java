package org.govsite.disclosure.web;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;

/** How often one address may apply (10 an hour) and query (30 a minute), on the API and the pages alike. */
@Component
class PublicLimits {

	private final Throttle applications;

	private final Throttle queries;

	PublicLimits(Clock clock) {
		this.applications = new Throttle(10, Duration.ofHours(1), clock);
		this.queries = new Throttle(30, Duration.ofMinutes(1), clock);
	}

	boolean mayApply(String address) {
		return applications.tryTake(address);
	}

	boolean mayQuery(String address) {
		return queries.tryTake(address);
	}
}
