package org.govsite.monitor;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A site's probes over a period and how many failed to open within the timeout.
 */
public record Availability(int probes, int failures) {

	/** The national veto's threshold: 5 % of a week's requests (SPEC.md §9.4). */
	public static final BigDecimal VETO_PERCENT = BigDecimal.valueOf(5);

	/** The failed share in per cent, two decimals; 0 without probes. */
	public BigDecimal failedPercent() {
		if (probes == 0) {
			return BigDecimal.ZERO;
		}
		return BigDecimal.valueOf(failures * 100L).divide(BigDecimal.valueOf(probes), 2, RoundingMode.HALF_UP);
	}

	/** Whether the failures reach the veto's share. */
	public boolean vetoed() {
		return probes > 0 && failedPercent().compareTo(VETO_PERCENT) >= 0;
	}
}
