package org.govsite.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A site's visits over a period, as the console charts and exports them.
 *
 * @param days page views and unique visitors of each day (days without views included, as 0)
 * @param pages the most viewed pages
 * @param channels views per channel
 * @param referrers where readers came from (hosts)
 * @param searches what readers searched for
 */
public record VisitFigures(long siteId, String siteName, LocalDate from, LocalDate to, List<Day> days, List<Count> pages,
		List<Count> channels, List<Count> referrers, List<Count> searches) {

	public VisitFigures {
		days = List.copyOf(days);
		pages = List.copyOf(pages);
		channels = List.copyOf(channels);
		referrers = List.copyOf(referrers);
		searches = List.copyOf(searches);
	}

	/** One day: page views and visitors (each counted once that day). */
	public record Day(LocalDate day, long views, long visitors) {
	}

	/** A name (page, channel, host, search term) and its count; {@code detail} is a page's channel. */
	public record Count(String name, String detail, long count) {
	}

	public long views() {
		return days.stream().mapToLong(Day::views).sum();
	}

	/** The sum of the daily visitors: a visitor is known for one day only, by design. */
	public long visitors() {
		return days.stream().mapToLong(Day::visitors).sum();
	}
}
