package org.govsite.guard.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.govsite.calendar.WorkingCalendar;
import org.govsite.guard.ContentGuard;
import org.govsite.guard.FindingCategory;
import org.govsite.guard.GuardFinding;
import org.govsite.guard.SiteFinding;
import org.govsite.identity.StaffDirectory;
import org.govsite.identity.StaffRole;
import org.govsite.jobs.JobType;
import org.govsite.jobs.RecurringJob;
import org.govsite.notification.NotificationKind;
import org.govsite.notification.NotificationKinds;
import org.govsite.notification.Notifications;
import org.govsite.platform.GovSiteProperties;
import org.govsite.platform.RunAs;
import org.govsite.publish.ManifestEntry;
import org.govsite.publish.PublishJobs;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The daily scan of every published page and attachment (PDF, Word, WPS, Excel) of every site (the files of publishing's manifest,
 * under {@code <data-dir>/publish/<标识码>/}): what the guard finds becomes a rectification item
 * of the site, with a manager of the site as its owner and a deadline in working days; an item a
 * later scan no longer finds is closed, so an item closes only once the page is re-checked.
 */
@Component
public class DailyScan {

	private static final Logger log = LoggerFactory.getLogger(DailyScan.class);

	private static final String ACTOR = "system.guard";

	private final SiteDirectory sites;

	private final PublishJobs publish;

	private final ContentGuard guard;

	private final FindingStore findings;

	private final StaffDirectory staff;

	private final WorkingCalendar calendar;

	private final Path publishRoot;

	private final Clock clock;

	private final int workingDays;

	private final PublishedText reader;

	/** Threads reading and checking the files of a site ({@code govsite.guard.readers}, default one per processor). */
	private final int readers;

	private final Notifications notifications;

	private final MessageSource messages;

	/** New rectification items of a site, for its managers. */
	static final NotificationKind RECTIFICATION = new NotificationKind("guard.RECTIFICATION", "guard.RECTIFICATION");

	@Bean
	static NotificationKinds guardNotificationKinds() {
		return () -> List.of(RECTIFICATION);
	}

	DailyScan(SiteDirectory sites, PublishJobs publish, ContentGuard guard, FindingStore findings,
			StaffDirectory staff, WorkingCalendar calendar, GovSiteProperties platform, Clock clock,
			Notifications notifications, MessageSource messages,
			@Value("${govsite.guard.rectify-within:3}") int workingDays,
			@Value("${govsite.guard.file-max-size:20MB}") org.springframework.util.unit.DataSize maxSize,
			@Value("${govsite.guard.file-timeout:20s}") java.time.Duration timeout,
			@Value("${govsite.guard.readers:0}") int readers) {
		this.readers = readers > 0 ? readers : Runtime.getRuntime().availableProcessors();
		this.notifications = notifications;
		this.messages = messages;
		this.reader = new PublishedText(maxSize.toBytes(), timeout.toMillis());
		this.sites = sites;
		this.publish = publish;
		this.guard = guard;
		this.findings = findings;
		this.staff = staff;
		this.calendar = calendar;
		this.publishRoot = platform.dataPath("publish");
		this.clock = clock;
		this.workingDays = workingDays;
	}

	/** Scans every site; returns the number of pages read. */
	public int scanAll() {
		int pages = 0;
		for (SiteSummary site : sites.all()) {
			try {
				pages += scan(site);
			}
			catch (RuntimeException e) {
				log.warn("The content-security scan of site {} failed", site.id(), e);
			}
		}
		return pages;
	}

	/** Scans one site's published pages and attachments; returns the number of files read. */
	public int scan(long siteId) {
		return scan(sites.find(siteId).orElseThrow(() -> new org.govsite.platform.NotFound("site", siteId)));
	}

	private int scan(SiteSummary site) {
		Path folder = publishRoot.resolve(site.siteCode() != null ? site.siteCode() : String.valueOf(site.id())).normalize();
		List<ManifestEntry> manifest = RunAs.actor(ACTOR, () -> publish.manifest(site.id()), StaffRole.SYSTEM_ADMIN.authority(),
				"STAFF");
		LocalDate dueOn = calendar.addWorkingDays(LocalDate.now(clock), workingDays);
		String owner = staff.holdersOf(StaffRole.SITE_MANAGER.forSite(site.id())).stream().sorted().findFirst().orElse(null);
		Set<Long> openBefore = openIds(site.id());
		int[] pages = { 0 };
		Set<String> found = new HashSet<>();
		List<ManifestEntry> files = manifest.stream().filter(entry -> isFile(folder, entry)).toList();
		// the texts are read and checked on several threads, the findings written here in the manifest's order
		ReadAhead.inOrder(files, readers, entry -> {
			String text = reader.read(folder.resolve(entry.path()).normalize());
			return text == null ? null : guard.check(text).findings();
		}, (entry, checked) -> {
			if (checked == null) {
				return;
			}
			pages[0]++;
			for (GuardFinding finding : checked) {
				findings.seen(site.id(), entry.path(), finding, owner, clock.instant(), dueOn);
				found.add(key(entry.path(), finding.category(), finding.matched()));
			}
		});
		findings.close(findings.ofSite(site.id()).stream()
			.filter(item -> item.closedAt() == null && !found.contains(key(item.path(), item.category(), item.matched())))
			.map(SiteFinding::id)
			.toList(), clock.instant());
		Set<Long> fresh = openIds(site.id());
		fresh.removeAll(openBefore);
		if (!fresh.isEmpty()) {
			tellManagers(site, fresh.size(), dueOn);
		}
		return pages[0];
	}

	private static boolean isFile(Path folder, ManifestEntry entry) {
		Path file = folder.resolve(entry.path()).normalize();
		return PublishedText.readable(entry.path()) && file.startsWith(folder) && Files.isRegularFile(file);
	}

	private Set<Long> openIds(long siteId) {
		Set<Long> ids = new HashSet<>();
		findings.ofSite(siteId).stream().filter(item -> item.closedAt() == null).forEach(item -> ids.add(item.id()));
		return ids;
	}

	/** The site's managers hear of new items, with the deadline. */
	private void tellManagers(SiteSummary site, int count, LocalDate dueOn) {
		List<String> managers = staff.holdersOf(StaffRole.SITE_MANAGER.forSite(site.id()));
		if (!managers.isEmpty()) {
			notifications.notify(managers, RECTIFICATION, messages.getMessage("guard.notification.found",
					new Object[] { site.name(), count, dueOn.toString() }, java.util.Locale.SIMPLIFIED_CHINESE),
					"/admin/guard/findings");
		}
	}

	private static String key(String path, FindingCategory category, String matched) {
		return path + '\u0000' + category + '\u0000' + matched;
	}

	/** Once a day, on one admin node, at {@code govsite.guard.scan-at}. */
	@Bean
	static RecurringJob guardDailyScan(DailyScan scan, @Value("${govsite.guard.scan-at:02:30}") LocalTime at) {
		return RecurringJob.daily("guard.daily-scan", "guard.job.scan", at, scan::scanAll);
	}

	/** The same scan once, queued by {@code DemoScan}; declared whether the demo is on or not, for a queued one to run. */
	@Bean
	static JobType guardDemoScan(DailyScan scan) {
		return new JobType("guard.demo-scan", "guard.job.demoScan", 2, java.time.Duration.ofMinutes(5),
				data -> scan.scanAll());
	}
}
