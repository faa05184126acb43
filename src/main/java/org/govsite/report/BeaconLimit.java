package org.govsite.report;

import org.govsite.platform.RateLimit;
import org.govsite.platform.SharedLimits;
import org.govsite.report.internal.ReportProperties;

import org.springframework.stereotype.Component;

/** How often one client address may send the visit beacon ({@code govsite.report.beacons-per-minute}). */
@Component
public class BeaconLimit {

	private final RateLimit limit;

	BeaconLimit(ReportProperties properties, SharedLimits limits) {
		this.limit = limits.perMinute("report.beacon", properties.beaconsPerMinute());
	}

	/** Whether the address may send a beacon now; takes one of its beacons if so. */
	public boolean tryTake(String address) {
		return limit.tryTake(address);
	}
}
