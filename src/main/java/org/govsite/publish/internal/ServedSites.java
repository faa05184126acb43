package org.govsite.publish.internal;

import java.net.IDN;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.govsite.site.SiteDirectory;
import org.govsite.site.SitePageFacts;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

/**
 * Which published site a request is for: by its host name (a site's English or Chinese domain), or
 * by its 标识码 in the path prefix {@code /sites/<标识码>/}. Reread from the site directory every
 * few seconds. Only sites that are online (or closing, with their notice) are served.
 */
final class ServedSites {

	private static final Duration REFRESH = Duration.ofSeconds(10);

	private static final Duration MISS_REFRESH = Duration.ofSeconds(1);

	private final SiteDirectory sites;

	private final Clock clock;

	private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), Instant.MIN);

	ServedSites(SiteDirectory sites, Clock clock) {
		this.sites = sites;
		this.clock = clock;
	}

	/** A served site: its id and folder name. */
	record Served(long id, String folder) {
	}

	Optional<Served> byHost(String requestHost) {
		String name = requestHost.toLowerCase(Locale.ROOT);
		int colon = name.lastIndexOf(':');
		if (colon > 0 && name.indexOf(']') < colon) {
			name = name.substring(0, colon);
		}
		String host = name;
		// a site's domain missing may be a site just online: reread; any other host (the console's own)
		// misses on every request: reread for those at most once a second
		boolean siteLike = host.endsWith(".gov.cn") || host.endsWith(".政务") || host.contains("xn--");
		return find(snapshot -> snapshot.byHost().get(host), siteLike ? Duration.ZERO : MISS_REFRESH);
	}

	/** A site under {@code /sites/<标识码>/}; a miss rereads at once (a site that just went online). */
	Optional<Served> byCode(String code) {
		return find(snapshot -> snapshot.byCode().get(code), Duration.ZERO);
	}

	/** Looks in the snapshot, rereading it when it is old, or when it misses and is older than the given time. */
	private Optional<Served> find(java.util.function.Function<Snapshot, @Nullable Served> lookup, Duration missRefresh) {
		Snapshot now = snapshot;
		Instant time = clock.instant();
		if (now.readAt().plus(REFRESH).isBefore(time)) {
			now = reread();
		}
		Served found = lookup.apply(now);
		if (found == null && !now.readAt().plus(missRefresh).isAfter(time)) {
			found = lookup.apply(reread());
		}
		return Optional.ofNullable(found);
	}

	private Snapshot reread() {
		Snapshot now = read();
		snapshot = now;
		return now;
	}

	private Snapshot read() {
		Map<String, Served> byHost = new HashMap<>();
		Map<String, Served> byCode = new HashMap<>();
		for (SiteSummary summary : sites.all()) {
			if (!summary.state().isServing() || summary.siteCode() == null) {
				continue;
			}
			Served served = new Served(summary.id(), summary.siteCode());
			byCode.put(summary.siteCode(), served);
			Optional<SitePageFacts> facts = sites.pageFacts(summary.id());
			facts.map(SitePageFacts::englishDomain).ifPresent(domain -> byHost.put(domain.toLowerCase(Locale.ROOT), served));
			facts.map(SitePageFacts::chineseDomain).ifPresent(domain -> {
				byHost.put(domain, served);
				byHost.put(IDN.toASCII(domain).toLowerCase(Locale.ROOT), served);
			});
		}
		return new Snapshot(byHost, byCode, clock.instant());
	}

	private record Snapshot(Map<String, Served> byHost, Map<String, Served> byCode, Instant readAt) {
	}
}
