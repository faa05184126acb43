package org.govsite.monitor.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import org.govsite.platform.FetchGuard;
import org.govsite.platform.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The robots.txt rules of the hosts outbound links lead to, fetched once per host in a run and
 * read by crawler-commons' parser for the checker's name (the User-Agent the fetch guard sends).
 * A robots.txt that is missing (4xx) allows all and one that fails (5xx) allows nothing, as RFC 9309
 * says; a host that cannot be reached at all is left to the link's own request, which then shows
 * it broken or unverifiable.
 */
final class RobotsRules {

	static final String AGENT = "GovSite";

	/** Whether the link may be requested, and how long to wait between two requests to its host. */
	record Rules(@Nullable BaseRobotRules rules) {

		boolean allows(String address) {
			return rules == null || rules.isAllowed(address);
		}

		Duration crawlDelay(Duration least, Duration most) {
			if (rules == null || rules.getCrawlDelay() <= 0) {
				return least;
			}
			Duration asked = Duration.ofMillis(rules.getCrawlDelay());
			return asked.compareTo(least) < 0 ? least : asked.compareTo(most) > 0 ? most : asked;
		}
	}

	private final FetchGuard fetch;

	private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();

	private final Map<String, Rules> byOrigin = new ConcurrentHashMap<>();

	RobotsRules(FetchGuard fetch) {
		this.fetch = fetch;
	}

	/** The origin's rules; the first call for an origin fetches its robots.txt (the caller holds the host's turn). */
	Rules of(String address) {
		String origin = origin(address);
		if (origin == null) {
			return new Rules(null); // malformed: the link's own request says so
		}
		Rules known = byOrigin.get(origin);
		if (known == null) {
			// not computeIfAbsent: the fetch may take long, and callers of one host already take turns
			known = fetchRules(origin);
			byOrigin.put(origin, known);
		}
		return known;
	}

	/** Whether the address's robots.txt has been read in this run (or needs none). */
	boolean known(String address) {
		String origin = origin(address);
		return origin == null || byOrigin.containsKey(origin);
	}

	private static @Nullable String origin(String address) {
		try {
			URI uri = URI.create(address);
			return uri.getScheme() == null || uri.getRawAuthority() == null ? null
					: uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority();
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private Rules fetchRules(String origin) {
		String robots = origin + "/robots.txt";
		try {
			FetchGuard.Fetched answer = fetch.get(robots);
			if (answer.status() >= 200 && answer.status() < 300) {
				return new Rules(parser.parseContent(robots, answer.body(), answer.contentType(), List.of(AGENT.toLowerCase(Locale.ROOT))));
			}
			return new Rules(parser.failedFetch(answer.status()));
		}
		catch (IOException | RuleViolation unreachable) {
			return new Rules(null);
		}
	}
}
