package org.govsite.migration;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import crawlercommons.robots.BaseRobotRules;
import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelView;
import org.govsite.identity.StaffAccess;
import org.govsite.migration.internal.MigrationJobs;
import org.govsite.migration.internal.MigrationStore;
import org.govsite.migration.internal.PageDecoder;
import org.govsite.migration.internal.PageReader;
import org.govsite.migration.internal.Robots;
import org.govsite.platform.FetchGuard;
import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;
import org.govsite.jobs.BackgroundJobs;
import org.govsite.site.LifecycleStep;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteManagement;
import org.govsite.site.SiteSummary;
import org.govsite.site.StepInput;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Migrations of old sites, for the system administrator and the managers of the site the documents
 * go to: started, their rules tried on a sample, crawled (paused and resumed), their sections mapped,
 * imported with a recorded approval, and the old site's closing asked for.
 */
@Service
@PreAuthorize("hasAuthority('STAFF')")
public class Migrations {

	static final int SAMPLE = 6;

	private final MigrationStore store;

	private final StaffAccess access;

	private final SiteDirectory sites;

	private final ChannelDirectory channels;

	private final FetchGuard guard;

	private final BackgroundJobs jobs;

	private final SiteManagement siteManagement;

	private final Clock clock;

	Migrations(MigrationStore store, StaffAccess access, SiteDirectory sites, ChannelDirectory channels, FetchGuard guard,
			BackgroundJobs jobs, SiteManagement siteManagement, Clock clock) {
		this.store = store;
		this.access = access;
		this.sites = sites;
		this.channels = channels;
		this.guard = guard;
		this.jobs = jobs;
		this.siteManagement = siteManagement;
		this.clock = clock;
	}

	/** The sites the user may migrate into. */
	@Transactional(readOnly = true)
	public List<SiteSummary> sites() {
		return sites.all().stream().filter(site -> access.managesSite(site.id())).toList();
	}

	@Transactional(readOnly = true)
	public List<MigrationView> list() {
		return store.all(this::siteName).stream().filter(m -> access.managesSite(m.siteId())).toList();
	}

	@Transactional(readOnly = true)
	public MigrationView find(long id) {
		MigrationView migration = store.find(id, this::siteName).orElseThrow(() -> new NotFound("migration", id));
		if (!access.managesSite(migration.siteId())) {
			throw new AccessDeniedException("migration");
		}
		return migration;
	}

	/**
	 * Starts a migration with the default rules. Naming the start address is the explicit allow of
	 * its host for this migration's fetches, even on the platform's own network.
	 */
	@Transactional
	public long create(MigrationRequest request) {
		if (!access.managesSite(request.siteId())) {
			throw new AccessDeniedException("migration");
		}
		if (request.name() == null || request.name().isBlank()) {
			throw new RuleViolation("migration.name.required");
		}
		if (request.concurrency() < 1 || request.concurrency() > 8 || request.delayMillis() < 50
				|| request.maxPages() < 1 || request.maxPages() > 200_000) {
			throw new RuleViolation("migration.limits");
		}
		if (request.oldSiteId() != null && (request.oldSiteId() == request.siteId() || sites.find(request.oldSiteId()).isEmpty())) {
			throw new RuleViolation("migration.oldSite");
		}
		URI start = startAddress(request.startUrl());
		String sitemap = null;
		if (request.sitemapUrl() != null && !request.sitemapUrl().isBlank()) {
			URI given = startAddress(request.sitemapUrl());
			if (!given.getHost().equalsIgnoreCase(start.getHost())) {
				throw new RuleViolation("migration.sitemap.host", request.sitemapUrl().strip(), start.getHost());
			}
			sitemap = given.toString();
		}
		MigrationRequest normalized = new MigrationRequest(request.siteId(), request.oldSiteId(), request.name(),
				start.toString(), request.concurrency(), request.delayMillis(), request.maxPages(), request.publish(), sitemap);
		return store.create(normalized, start.getHost(), CrawlRules.defaults(), access.currentUsername(), clock.instant());
	}

	/** Reads the start page and a sample of the pages it links to with the given rules, without keeping anything. */
	public List<PageReading> preview(long id, CrawlRules rules) {
		MigrationView migration = find(id);
		FetchGuard allowing = guard.allowing(migration.host());
		PageReader reader = new PageReader(rules);
		BaseRobotRules robots = Robots.of(allowing, URI.create(migration.startUrl()));
		List<PageReading> readings = new ArrayList<>();
		PageReading start = read(allowing, reader, migration.startUrl());
		readings.add(start);
		// detail pages first: they are what the rules are tuned for; then the lists
		List<PageReading> linked = new ArrayList<>();
		for (String link : start.links()) {
			if (linked.size() >= SAMPLE * 3) {
				break;
			}
			if (!link.equals(migration.startUrl()) && robots.isAllowed(link)) {
				PageReading reading = sampled(allowing, reader, link);
				if (reading != null) {
					linked.add(reading);
				}
			}
		}
		List<PageReading> lists = new ArrayList<>();
		for (PageReading reading : linked) {
			if (reading.kind() == PageKind.LIST) {
				lists.add(reading);
			}
		}
		for (PageReading list : lists) {
			for (String link : list.links()) {
				if (readings.stream().filter(r -> r.kind() == PageKind.DETAIL).count() >= SAMPLE / 2) {
					break;
				}
				if (robots.isAllowed(link) && linked.stream().noneMatch(r -> r.url().equals(link))) {
					PageReading reading = sampled(allowing, reader, link);
					if (reading != null && reading.kind() == PageKind.DETAIL) {
						readings.add(reading);
					}
				}
			}
		}
		linked.stream().filter(r -> r.kind() == PageKind.DETAIL).forEach(readings::add);
		lists.forEach(readings::add);
		return readings.stream().limit(SAMPLE + 1).toList();
	}

	@Transactional
	public void saveRules(long id, CrawlRules rules) {
		MigrationView migration = find(id);
		if (!migration.crawlable()) {
			throw new RuleViolation("migration.state");
		}
		store.rules(id, rules, clock.instant());
	}

	/** Starts the crawl, or resumes it where it stopped. */
	@Transactional
	public void crawl(long id) {
		MigrationView migration = find(id);
		if (!migration.crawlable() && !(migration.state() == MigrationState.CRAWLING && migration.error() != null)) {
			throw new RuleViolation("migration.state");
		}
		store.jobStarted(id);
		store.state(id, MigrationState.CRAWLING, null, clock.instant());
		jobs.queue(MigrationJobs.CRAWL, String.valueOf(id), String.valueOf(id));
	}

	/** Pauses the crawl after the pages being fetched; {@link #crawl} resumes it. */
	@Transactional
	public void pause(long id) {
		if (find(id).state() != MigrationState.CRAWLING) {
			throw new RuleViolation("migration.state");
		}
		store.state(id, MigrationState.PAUSED, null, clock.instant());
	}

	@Transactional(readOnly = true)
	public List<SectionView> sections(long id) {
		find(id);
		return store.sections(id);
	}

	/** The channels of the migration's site, for the mapping. */
	@Transactional(readOnly = true)
	public List<ChannelView> channels(long id) {
		return channels.ofSite(find(id).siteId()).stream().filter(ChannelView::acceptsContent).toList();
	}

	/** Confirms which channel each section goes to; a section left out (null) is not imported. */
	@Transactional
	public void map(long id, Map<String, Long> mapping) {
		MigrationView migration = find(id);
		if (migration.state() != MigrationState.CRAWLED && migration.state() != MigrationState.IMPORTED) {
			throw new RuleViolation("migration.state");
		}
		for (Map.Entry<String, Long> entry : mapping.entrySet()) {
			Long channelId = entry.getValue();
			if (channelId != null && channels.find(channelId).filter(c -> c.siteId() == migration.siteId()).isEmpty()) {
				throw new RuleViolation("migration.channel", channelId);
			}
			store.map(id, entry.getKey(), channelId);
		}
	}

	/**
	 * Imports the mapped sections' documents with their original dates: published, the user who
	 * starts it approving their publishing and recorded as having done so; or as drafts submitted
	 * for review (审核中), released one by one by the site's reviewers.
	 */
	@Transactional
	public void importDocuments(long id, boolean publish) {
		MigrationView migration = find(id);
		if (migration.state() != MigrationState.CRAWLED && migration.state() != MigrationState.IMPORTED) {
			throw new RuleViolation("migration.state");
		}
		if (store.sections(id).stream().allMatch(section -> section.channelId() == null)) {
			throw new RuleViolation("migration.unmapped");
		}
		store.importAs(id, publish, publish ? access.currentUsername() : null);
		store.jobStarted(id);
		store.state(id, MigrationState.IMPORTING, null, clock.instant());
		jobs.queue(MigrationJobs.IMPORT, String.valueOf(id), String.valueOf(id));
	}

	@Transactional(readOnly = true)
	public List<PageLine> pages(long id, String state, int limit) {
		find(id);
		return store.pages(id, state == null || state.isBlank() ? null : state, limit);
	}

	/** The old addresses that lead nowhere new: failed, skipped or left out. */
	@Transactional(readOnly = true)
	public List<PageLine> unmapped(long id, int limit) {
		find(id);
		return store.unmapped(id, limit);
	}

	/**
	 * Asks to close the old site, once imported: its closing names the new site as the migration
	 * target, and takes its course in the site lifecycle (approval by someone else, the 30-day
	 * notice, the change record).
	 */
	@Transactional
	public void closeOldSite(long id, String reason) {
		MigrationView migration = find(id);
		if (migration.state() != MigrationState.IMPORTED || migration.oldSiteId() == null) {
			throw new RuleViolation("migration.state");
		}
		siteManagement.perform(migration.oldSiteId(), LifecycleStep.START_CLOSING,
				new StepInput(reason, null, migration.siteId(), null, null));
	}

	private URI startAddress(String address) {
		URI uri;
		try {
			uri = URI.create(address.strip());
		}
		catch (IllegalArgumentException e) {
			throw new RuleViolation("platform.fetch.malformed", address);
		}
		if (uri.getHost() == null) {
			throw new RuleViolation("platform.fetch.malformed", address);
		}
		URI checked = guard.allowing(uri.getHost()).check(address);
		return checked.getPath() == null || checked.getPath().isEmpty() ? checked.resolve("/") : checked;
	}

	/** A page of the sample, or null when it cannot be read (a broken link is not the rules' fault). */
	private static @Nullable PageReading sampled(FetchGuard allowing, PageReader reader, String url) {
		try {
			return PageReader.isFile(url) ? null : read(allowing, reader, url);
		}
		catch (RuleViolation e) {
			return null;
		}
	}

	private static PageReading read(FetchGuard allowing, PageReader reader, String url) {
		try {
			FetchGuard.Fetched fetched = allowing.get(url);
			if (fetched.status() >= 400) {
				throw new RuleViolation("migration.preview.status", url, fetched.status());
			}
			return reader.read(url, PageDecoder.decode(fetched.body(), fetched.contentType()).text());
		}
		catch (IOException e) {
			throw new RuleViolation("migration.preview.unreachable", url);
		}
	}

	private String siteName(long siteId) {
		return sites.find(siteId).map(SiteSummary::name).orElse("#" + siteId);
	}
}
