package org.govsite.site.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * When a domain's manager is warned of its expiry: once on crossing each threshold (90, 30, 7 days
 * by default), and only for the nearest threshold crossed, so that a domain entered 20 days
 * before it expires gets one warning (30 days), not two, and a day the job did not run is caught
 * up the next.
 */
final class ExpiryWarning {

	private ExpiryWarning() {
	}

	/**
	 * @param thresholds the days before expiry at which to warn
	 * @param warnedWithin the smallest threshold already warned of for this expiry date, if any
	 * @return the threshold to warn of today, if one is due
	 */
	static Optional<Integer> due(Collection<Integer> thresholds, LocalDate expiresOn, LocalDate today,
			@Nullable Integer warnedWithin) {
		long daysLeft = ChronoUnit.DAYS.between(today, expiresOn);
		if (daysLeft < 0) {
			return Optional.empty();
		}
		return thresholds.stream()
			.filter(threshold -> daysLeft <= threshold)
			.min(Integer::compare)
			.filter(threshold -> warnedWithin == null || threshold < warnedWithin);
	}
}
