package org.govsite.publish.internal;

import java.net.IDN;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.govsite.site.SiteDirectory;
import org.govsite.site.SitePageFacts;
import org.govsite.site.SiteState;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

/**
 * Which published site a request is for: by its host name (a site's English or Chinese domain), or
 * by its 标识码 in the path prefix {@code /sites/<标识码>/}. Reread from the site directory every
 * few seconds. Only sites that are online (or closing, with their notice) are served; the others
 * are known by name and state, so that their address can say why there is nothing
 * ({@link SiteUnavailablePage}).
 */
final class ServedSites {

	private static final Duration REFRESH = Duration.ofSeconds(10);

	private static final Duration MISS_REFRESH = Duration.ofSeconds(1);

	private final SiteDirectory sites;

	private volatile @Nullable Snapshot snapshot;

	ServedSites(SiteDirectory sites) {
		this.sites = sites;
	}

	/** A served site: its id and folder name. */
	record Served(long id, String folder) {
	}

	/** A site of the platform that is not served: its name and state. */
	record Unserved(String name, SiteState state) {
	}

	/** A site whose domain or 标识码 this is, but which is not online. */
	Optional<Unserved> unservedByHost(String requestHost) {
		String host = host(requestHost);
		return Optional.ofNullable(find(snapshot -> snapshot.unservedByHost().get(host), MISS_REFRESH));
	}

	Optional<Unserved> unservedByCode(String code) {
		return Optional.ofNullable(find(snapshot -> snapshot.unservedByCode().get(code), MISS_REFRESH));
	}

	Optional<Served> byHost(String requestHost) {
		String host = host(requestHost);
		// a site's domain missing may be a site just online: reread; any other host (the console's own)
		// misses on every request: reread for those at most once a second
		boolean siteLike = host.endsWith(".gov.cn") || host.endsWith(".政务") || host.contains("xn--");
		return Optional.ofNullable(find(snapshot -> snapshot.byHost().get(host), siteLike ? Duration.ZERO : MISS_REFRESH));
	}

	private static String host(String requestHost) {
		String name = requestHost.toLowerCase(Locale.ROOT);
		int colon = name.lastIndexOf(':');
		if (colon > 0 && name.indexOf(']') < colon) {
			name = name.substring(0, colon);
		}
		return name;
	}

	/** A site under {@code /sites/<标识码>/}; a miss rereads at once (a site that just went online). */
	Optional<Served> byCode(String code) {
		return Optional.ofNullable(find(snapshot -> snapshot.byCode().get(code), Duration.ZERO));
	}

	/**
	 * Looks in the snapshot, rereading it when it is old, or when it misses and is older than the
	 * given time. Its age is measured on the machine's monotonic timer, not the platform's clock,
	 * which may be set back (a corrected clock, a test's) and must never leave a snapshot unread.
	 */
	private <T> @Nullable T find(java.util.function.Function<Snapshot, @Nullable T> lookup, Duration missRefresh) {
		Snapshot now = snapshot;
		long time = System.nanoTime();
		if (now == null || time - now.readAt() > REFRESH.toNanos()) {
			now = reread();
		}
		T found = lookup.apply(now);
		if (found == null && time - now.readAt() >= missRefresh.toNanos()) {
			found = lookup.apply(reread());
		}
		return found;
	}

	private Snapshot reread() {
		Snapshot now = read();
		snapshot = now;
		return now;
	}

	private Snapshot read() {
		Map<String, Served> byHost = new HashMap<>();
		Map<String, Served> byCode = new HashMap<>();
		Map<String, Unserved> unservedByHost = new HashMap<>();
		Map<String, Unserved> unservedByCode = new HashMap<>();
		for (SiteSummary summary : sites.all()) {
			if (summary.siteCode() == null) {
				continue;
			}
			Optional<SitePageFacts> facts = sites.pageFacts(summary.id());
			if (summary.state().isServing()) {
				Served served = new Served(summary.id(), summary.siteCode());
				byCode.put(summary.siteCode(), served);
				facts.ifPresent(site -> hosts(site, host -> byHost.put(host, served)));
			}
			else {
				Unserved unserved = new Unserved(summary.name(), summary.state());
				unservedByCode.put(summary.siteCode(), unserved);
				facts.ifPresent(site -> hosts(site, host -> unservedByHost.put(host, unserved)));
			}
		}
		return new Snapshot(byHost, byCode, unservedByHost, unservedByCode, System.nanoTime());
	}

	/** The host names of a site: its English domain, its Chinese domain as written and in punycode. */
	private static void hosts(SitePageFacts site, java.util.function.Consumer<String> host) {
		if (site.englishDomain() != null) {
			host.accept(site.englishDomain().toLowerCase(Locale.ROOT));
		}
		if (site.chineseDomain() != null) {
			host.accept(site.chineseDomain());
			host.accept(IDN.toASCII(site.chineseDomain()).toLowerCase(Locale.ROOT));
		}
	}

	private record Snapshot(Map<String, Served> byHost, Map<String, Served> byCode, Map<String, Unserved> unservedByHost,
			Map<String, Unserved> unservedByCode, long readAt) {
	}
}
