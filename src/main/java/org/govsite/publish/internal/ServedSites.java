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

/**
 * Which published site a request is for: by its host name (a site's English or Chinese domain), or
 * by its 标识码 in the path prefix {@code /sites/<标识码>/}. Reread from the site directory every
 * few seconds. Only sites that are online (or closing, with their notice) are served.
 */
final class ServedSites {

	private static final Duration REFRESH = Duration.ofSeconds(10);

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

	Optional<Served> byHost(String host) {
		String name = host.toLowerCase(Locale.ROOT);
		int colon = name.lastIndexOf(':');
		if (colon > 0 && name.indexOf(']') < colon) {
			name = name.substring(0, colon);
		}
		return Optional.ofNullable(current().byHost().get(name));
	}

	Optional<Served> byCode(String code) {
		return Optional.ofNullable(current().byCode().get(code));
	}

	private Snapshot current() {
		Snapshot now = snapshot;
		if (now.readAt().plus(REFRESH).isBefore(clock.instant())) {
			now = read();
			snapshot = now;
		}
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
