package org.govsite.assessment;

import java.time.Instant;
import java.util.List;

/**
 * A quarter's spot check as drawn and recorded.
 *
 * @param quarter {@code 2026Q4}
 * @param seed what reproduces the draw ({@link SpotCheckDraw})
 * @param share the per cent of the serving sites drawn
 */
public record SpotCheck(String quarter, long seed, int share, List<Long> siteIds, Instant drawnAt, String drawnBy) {

	public SpotCheck {
		siteIds = List.copyOf(siteIds);
	}
}
