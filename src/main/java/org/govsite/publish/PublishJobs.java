package org.govsite.publish;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsite.identity.StaffAccess;
import org.govsite.identity.StaffRole;
import org.govsite.platform.NotFound;
import org.govsite.publish.internal.JobStore;
import org.govsite.publish.internal.ManifestStore;
import org.govsite.publish.internal.PageText;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a site: a full publish queued on request, the jobs followed and retried, and what
 * they wrote (the site's manifest). Changes of content, channels and sites are published without
 * anyone asking: the module listens to their events.
 */
@Service
@Transactional
public class PublishJobs {

	private final JobStore jobs;

	private final ManifestStore manifest;

	private final StaffAccess access;

	private final SiteDirectory sites;

	private final Clock clock;

	PublishJobs(JobStore jobs, ManifestStore manifest, StaffAccess access, SiteDirectory sites, Clock clock) {
		this.jobs = jobs;
		this.manifest = manifest;
		this.access = access;
		this.sites = sites;
		this.clock = clock;
	}

	/**
	 * Queues a full publish of the site on the platform's own behalf: for the platform's code (the
	 * demo publishing its sites at first start), not for people, so it checks no permission and
	 * needs no signed-in user. The console and the API use {@link #requestFullPublish(long)}.
	 *
	 * @return the job's id
	 */
	public long publishSite(long siteId) {
		return jobs.enqueue(siteId, JobKind.FULL, Set.of(), Set.of(), PageText.text("page.reason.firstStart"), null,
				clock.instant());
	}

	/**
	 * Queues the first full publish of a site the platform's own code is setting up (the demo at
	 * first start), held until {@link #release(long)}: every change made meanwhile joins it, so
	 * that the site is published once, not once per change. Held at most a day, should the
	 * setup stop half-way. Like {@link #publishSite(long)}, it checks no permission.
	 *
	 * @return the job's id
	 */
	public long holdFirstPublish(long siteId) {
		Instant now = clock.instant();
		long job = jobs.enqueue(siteId, JobKind.FULL, Set.of(), Set.of(), PageText.text("page.reason.firstStart"), null, now);
		jobs.hold(job, now.plus(Duration.ofDays(1)));
		return job;
	}

	/**
	 * Queues the publishing of the site's pages that other modules keep ({@link SitePageSource}),
	 * for the platform's own code when what they show changed (a report published, a catalogue
	 * entry changed): no permission is checked. A job of the kind already waiting takes it in.
	 *
	 * @return the job's id
	 */
	public long publishSitePages(long siteId, String reason) {
		return jobs.enqueue(siteId, JobKind.PAGES, Set.of(), Set.of(), reason, null, clock.instant());
	}

	/**
	 * Queues a full publish of the site because its mailboxes changed ({@link HomeMailboxes}): the
	 * home page's 互动交流 lists them. For the platform's own code; no permission is checked.
	 *
	 * @return the job's id
	 */
	public long mailboxesChanged(long siteId) {
		return jobs.enqueue(siteId, JobKind.FULL, Set.of(), Set.of(), PageText.text("page.reason.mailbox"), null,
				clock.instant());
	}

	/**
	 * Queues a full publish of the site because a report its home page links to was published
	 * ({@link HomeReports}). For the platform's own code; no permission is checked.
	 *
	 * @return the job's id
	 */
	public long homeReportsChanged(long siteId, String reason) {
		return jobs.enqueue(siteId, JobKind.FULL, Set.of(), Set.of(), reason, null, clock.instant());
	}

	/** Lets a publish held by {@link #holdFirstPublish(long)} run now. */
	public void release(long jobId) {
		jobs.release(jobId, clock.instant());
	}

	/** Queues a full publish of the site for a signed-in site manager or the system administrator. */
	@PreAuthorize("@staffAccess.managesSite(#siteId)")
	public long requestFullPublish(long siteId) {
		return jobs.enqueue(siteId, JobKind.FULL, Set.of(), Set.of(), PageText.text("page.reason.full"),
				access.currentUsername(), clock.instant());
	}

	/** Queues a failed job again. */
	@PreAuthorize("hasAuthority('STAFF')")
	public void retry(long jobId) {
		PublishJobView job = job(jobId);
		if (!access.managesSite(job.siteId())) {
			throw new AccessDeniedException("publish.retry");
		}
		jobs.retry(jobId, clock.instant());
	}

	/** The newest jobs of the sites the user holds a role on (all sites for the system administrator). */
	@PreAuthorize("hasAuthority('STAFF')")
	@Transactional(readOnly = true)
	public List<PublishJobView> jobs() {
		return named(jobs.recent(access.isSystemAdmin() ? null : visibleSites(), 100));
	}

	@PreAuthorize("hasAuthority('STAFF')")
	@Transactional(readOnly = true)
	public PublishJobView job(long jobId) {
		PublishJobView job = jobs.find(jobId).orElseThrow(() -> new NotFound("publishJob", jobId));
		if (!access.isSystemAdmin() && !visibleSites().contains(job.siteId())) {
			throw new NotFound("publishJob", jobId);
		}
		return named(List.of(job)).get(0);
	}

	/** Jobs that failed on every try and whose site has not been published in full since: for the 工作台. */
	@PreAuthorize("hasAuthority('STAFF')")
	@Transactional(readOnly = true)
	public List<PublishJobView> failures() {
		return named(jobs.unresolvedFailures().stream().filter(job -> access.managesSite(job.siteId())).toList());
	}

	/** The sites the user manages (all for the system administrator) or keeps the templates of. */
	@PreAuthorize("hasAuthority('STAFF')")
	@Transactional(readOnly = true)
	public List<PublishableSite> sites() {
		List<PublishableSite> mine = new ArrayList<>();
		for (SiteSummary site : sites.all()) {
			boolean manages = access.managesSite(site.id());
			boolean templates = access.hasSiteRole(site.id(), StaffRole.TEMPLATE_MANAGER);
			if (manages || templates) {
				mine.add(new PublishableSite(site.id(), site.name(), site.siteCode(), jobs.busy(site.id()), manages, templates));
			}
		}
		return mine;
	}

	/** Every published file of the site, with its SHA-256. */
	@PreAuthorize("@staffAccess.managesSite(#siteId)")
	@Transactional(readOnly = true)
	public List<ManifestEntry> manifest(long siteId) {
		return manifest.entries(siteId);
	}

	/** One page of the manifest, by path. */
	@PreAuthorize("@staffAccess.managesSite(#siteId)")
	@Transactional(readOnly = true)
	public List<ManifestEntry> manifest(long siteId, int offset, int limit) {
		sites.find(siteId).orElseThrow(() -> new NotFound("site", siteId));
		return manifest.entries(siteId, offset, limit);
	}

	private List<PublishJobView> named(List<PublishJobView> views) {
		Map<Long, String> names = new HashMap<>();
		return views.stream()
			.map(job -> job.named(names.computeIfAbsent(job.siteId(),
					id -> sites.find(id).map(SiteSummary::name).orElse(String.valueOf(id)))))
			.toList();
	}

	private Set<Long> visibleSites() {
		return access.sitesWith(SiteRoles.ALL);
	}

}
