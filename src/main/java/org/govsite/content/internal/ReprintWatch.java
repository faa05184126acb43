package org.govsite.content.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.govsite.content.ReprintFeedView;
import org.govsite.platform.FetchGuard;
import org.govsite.platform.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Reads every watched feed through the platform's {@link FetchGuard} and records what is new. What
 * a feed holds the first time it is read was published before the watch began and is kept as
 * known, off the clock; every later item starts its reprint limit when it was published upstream
 * (when the feed says so and that is not in the future), else when it was found.
 */
@Component
public class ReprintWatch {

	private static final Logger log = LoggerFactory.getLogger(ReprintWatch.class);

	private final ReprintStore store;

	private final FetchGuard guard;

	private final ReprintSettings settings;

	private final Clock clock;

	ReprintWatch(ReprintStore store, FetchGuard guard, ReprintSettings settings, Clock clock) {
		this.store = store;
		this.guard = guard;
		this.settings = settings;
		this.clock = clock;
	}

	/** Reads every feed; one that fails is noted on it and read again next time. */
	public void checkAll() {
		store.feeds().forEach(this::check);
	}

	/** @return how many new policies the feed held */
	public int check(ReprintFeedView feed) {
		Instant now = clock.instant();
		List<UpstreamFeed.Entry> entries;
		try {
			FetchGuard.Fetched fetched = guard.get(feed.url());
			if (fetched.status() != 200) {
				store.checked(feed.id(), now, "HTTP " + fetched.status());
				return 0;
			}
			entries = UpstreamFeed.parse(fetched.body(), clock.getZone());
		}
		catch (IOException | RuleViolation failed) {
			log.info("Feed {} of site {} not read: {}", feed.url(), feed.siteId(), failed.toString());
			store.checked(feed.id(), now, failed instanceof RuleViolation violation ? violation.code() : failed.getMessage());
			return 0;
		}
		// a first reading that failed does not count: the first one that succeeds sets what is known
		boolean baseline = feed.lastReadAt() == null;
		int added = 0;
		for (UpstreamFeed.Entry entry : entries) {
			Instant start = entry.publishedAt() != null && !entry.publishedAt().isAfter(now) ? entry.publishedAt() : now;
			if (store.found(feed.id(), entry, now, baseline, start.plus(settings.within())) && !baseline) {
				added++;
			}
		}
		store.checked(feed.id(), now, null);
		return added;
	}
}
