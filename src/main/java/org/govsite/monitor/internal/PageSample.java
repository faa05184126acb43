package org.govsite.monitor.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;

/**
 * Which published pages a probe round requests besides the home page: a few drawn from the
 * manifest's pages, a different few each round, and the same few again for the same site and
 * round (the draw is seeded by both, and {@link Random}'s algorithm is fixed by Java), so a failure
 * can be reproduced and, over the days, every page comes round.
 */
final class PageSample {

	private PageSample() {
	}

	/**
	 * The pages to probe this round, in the order drawn.
	 *
	 * @param published the site's published paths (only HTML pages other than the home page are drawn)
	 * @param round the round's number, e.g. the hour since the epoch
	 */
	static List<String> draw(Collection<String> published, long siteId, long round, int count) {
		List<String> pages = new ArrayList<>(published.stream()
			.filter(path -> path.endsWith(".html") && !path.equals(HomeFreshnessCheck.HOME))
			.distinct()
			.sorted()
			.toList());
		Random random = new Random(siteId * 1_000_003L ^ round);
		List<String> drawn = new ArrayList<>();
		for (int i = 0; i < Math.min(count, pages.size()); i++) {
			// a partial Fisher–Yates shuffle: the first i places hold the pages drawn so far
			int pick = i + random.nextInt(pages.size() - i);
			String page = pages.get(pick);
			pages.set(pick, pages.get(i));
			pages.set(i, page);
			drawn.add(page);
		}
		return drawn;
	}
}
