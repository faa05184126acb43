package org.govsite.publish.internal;

import java.net.IDN;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.govsite.site.SiteChanged;
import org.govsite.site.SiteClosed;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteOnline;
import org.govsite.site.SitePageFacts;
import org.govsite.site.SiteState;
import org.govsite.site.SiteTakenOffline;
import org.jspecify.annotations.Nullable;

import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Which published site a request is for: by its host name (a site's English or Chinese domain), or
 * by its 标识码 in the path prefix {@code /sites/<标识码>/}. Only sites that are online (or closing,
 * with their notice) are served; the others are known by name and state, so that their address can
 * say why there is nothing ({@link SiteUnavailablePage}).
 * <p>
 * A snapshot of the site directory, read again after a site event (online, offline, closed, its
 * registration or domains changed: after the change is committed), and every few seconds for what
 * comes without one (a site just registered). One request reads at a time; those that need a
 * reading meanwhile wait for it and take it rather than each reading the directory again.
 */
class ServedSites {

	private static final Duration REFRESH = Duration.ofSeconds(10);

	private final SiteDirectory sites;

	private volatile @Nullable Snapshot snapshot;

	/** Counts the site events: a snapshot read before the last one is out of date. */
	private final AtomicLong changes = new AtomicLong();

	private final ReentrantLock reading = new ReentrantLock();

	ServedSites(SiteDirectory sites) {
		this.sites = sites;
	}

	/**
	 * A site online, offline or closed, or its registration or domains changed; after the change is
	 * committed. The event is taken though unread: Spring Modulith completes a listener's event
	 * publication by the listener's argument, and leaves it incomplete for one without.
	 */
	@TransactionalEventListener(classes = { SiteOnline.class, SiteTakenOffline.class, SiteClosed.class, SiteChanged.class },
			fallbackExecution = true)
	void siteChanged(Object event) {
		changes.incrementAndGet();
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
		return Optional.ofNullable(find(snapshot -> snapshot.unservedByHost().get(host), false));
	}

	Optional<Unserved> unservedByCode(String code) {
		return Optional.ofNullable(find(snapshot -> snapshot.unservedByCode().get(code), false));
	}

	Optional<Served> byHost(String requestHost) {
		String host = host(requestHost);
		// a site's domain missing may be a site registered since the last reading: read again; any
		// other host (the console's own) misses on every request, and site events keep it current
		boolean siteLike = host.endsWith(".gov.cn") || host.endsWith(".政务") || host.contains("xn--");
		return Optional.ofNullable(find(snapshot -> snapshot.byHost().get(host), siteLike));
	}

	private static String host(String requestHost) {
		String name = requestHost.toLowerCase(Locale.ROOT);
		int colon = name.lastIndexOf(':');
		if (colon > 0 && name.indexOf(']') < colon) {
			name = name.substring(0, colon);
		}
		return name;
	}

	/** A site under {@code /sites/<标识码>/}; a miss reads again (a site registered since). */
	Optional<Served> byCode(String code) {
		return Optional.ofNullable(find(snapshot -> snapshot.byCode().get(code), true));
	}

	/**
	 * Looks in the snapshot, reading the directory again when the snapshot is out of date, or when it
	 * misses, may, and was read before this request. Ages are measured on the machine's monotonic
	 * timer, not the platform's clock, which may be set back (a corrected clock, a test's).
	 */
	private <T> @Nullable T find(java.util.function.Function<Snapshot, @Nullable T> lookup, boolean readOnMiss) {
		long asked = System.nanoTime();
		Snapshot now = snapshot;
		if (now == null || now.changes() != changes.get() || asked - now.readAt() > REFRESH.toNanos()) {
			now = readSince(asked);
		}
		T found = lookup.apply(now);
		if (found == null && readOnMiss && now.readAt() - asked < 0) {
			found = lookup.apply(readSince(asked));
		}
		return found;
	}

	/** A snapshot read since that moment and after the last site event: read here, or by the request that held the lock. */
	private Snapshot readSince(long asked) {
		reading.lock();
		try {
			Snapshot now = snapshot;
			if (now != null && now.readAt() - asked >= 0 && now.changes() == changes.get()) {
				return now;
			}
			now = read(changes.get(), System.nanoTime());
			snapshot = now;
			return now;
		}
		finally {
			reading.unlock();
		}
	}

	/** Requests waiting for a reading; for tests. */
	int waiting() {
		return reading.getQueueLength();
	}

	private Snapshot read(long changesSeen, long readAt) {
		Map<String, Served> byHost = new HashMap<>();
		Map<String, Served> byCode = new HashMap<>();
		Map<String, Unserved> unservedByHost = new HashMap<>();
		Map<String, Unserved> unservedByCode = new HashMap<>();
		// one statement for the group: a reading per site would be 2,000 at a province, after every site event
		for (SitePageFacts site : sites.allPageFacts()) {
			if (site.siteCode() == null) {
				continue;
			}
			if (site.state().isServing()) {
				Served served = new Served(site.id(), site.siteCode());
				byCode.put(site.siteCode(), served);
				hosts(site, host -> byHost.put(host, served));
			}
			else {
				Unserved unserved = new Unserved(site.name(), site.state());
				unservedByCode.put(site.siteCode(), unserved);
				hosts(site, host -> unservedByHost.put(host, unserved));
			}
		}
		return new Snapshot(byHost, byCode, unservedByHost, unservedByCode, readAt, changesSeen);
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
			Map<String, Unserved> unservedByCode, long readAt, long changes) {
	}
}
