package org.govsite.guard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How many rectification items of one site were open at the end of each day, by category: the
 * trend of the site's content security on the console.
 *
 * @param days the days, oldest first
 * @param counts for each category found on the site in those days, its count on each day (in the
 * order of {@code days})
 */
public record FindingTrend(long siteId, List<LocalDate> days, Map<FindingCategory, List<Integer>> counts) {

	public FindingTrend {
		days = List.copyOf(days);
		// in the enum's order, the same for the table's columns and the chart's series on every site
		counts = counts.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(counts));
	}

	/** The open items of every category on the day at {@code index} of {@link #days}. */
	public int totalOn(int index) {
		return counts.values().stream().mapToInt(perDay -> perDay.get(index)).sum();
	}
}
