package org.govsite.report;

import java.time.LocalDate;
import java.util.Map;

/**
 * A day of one site's visits counted elsewhere (a web server's access log, an earlier system), to
 * add to the statistics.
 *
 * @param pages views per page path (channel unknown)
 * @param referrers views per referring host
 */
public record VisitDay(long siteId, LocalDate day, long views, long visitors, Map<String, Long> pages,
		Map<String, Long> referrers) {

	public VisitDay {
		pages = Map.copyOf(pages);
		referrers = Map.copyOf(referrers);
	}
}
