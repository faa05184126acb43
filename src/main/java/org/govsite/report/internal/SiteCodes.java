package org.govsite.report.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.govsite.site.SiteChanged;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteOnline;
import org.govsite.site.SiteSummary;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** The online sites by 标识码, read again each minute: a beacon must not cost a query of the site table. */
@Component
public class SiteCodes {

	private static final Duration FRESH = Duration.ofMinutes(1);

	private final SiteDirectory sites;

	private volatile Snapshot snapshot = new Snapshot(Instant.EPOCH, Map.of());

	private record Snapshot(Instant readAt, Map<String, Long> byCode) {
	}

	SiteCodes(SiteDirectory sites) {
		this.sites = sites;
	}

	/** A site that opens (or whose 标识码 changes) is counted from its first view, not a minute later. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(SiteOnline event) {
		snapshot = new Snapshot(Instant.EPOCH, Map.of());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(SiteChanged event) {
		snapshot = new Snapshot(Instant.EPOCH, Map.of());
	}

	public Optional<Long> siteId(String siteCode) {
		Snapshot now = snapshot;
		// an unknown code reads the sites again at most once a second, so made-up codes cost little
		if (now.readAt().plus(FRESH).isBefore(Instant.now()) || !now.byCode().containsKey(siteCode)
				&& now.readAt().plusSeconds(1).isBefore(Instant.now())) {
			now = new Snapshot(Instant.now(), sites.all().stream()
				.filter(site -> site.siteCode() != null && site.state().isServing())
				.collect(Collectors.toUnmodifiableMap(SiteSummary::siteCode, SiteSummary::id, (a, b) -> a)));
			snapshot = now;
		}
		return Optional.ofNullable(now.byCode().get(siteCode));
	}
}
