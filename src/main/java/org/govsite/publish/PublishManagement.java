package org.govsite.publish;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsite.content.ContentCatalog;
import org.govsite.content.PublishedDocument;
import org.govsite.identity.StaffAccess;
import org.govsite.identity.StaffRole;
import org.govsite.platform.NotFound;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.govsite.publish.internal.JobStore;
import org.govsite.publish.internal.ManifestStore;
import org.govsite.publish.internal.PageText;
import org.govsite.publish.internal.SiteContext;
import org.govsite.publish.internal.SitePublisher;
import org.govsite.publish.internal.TemplateRefusal;
import org.govsite.publish.internal.TemplateSample;
import org.govsite.publish.internal.TemplateStore;
import org.govsite.publish.internal.Theme;
import org.govsite.publish.internal.Themes;
import org.govsite.publish.internal.Preview;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing's use cases: queue a full publish of a site, follow the jobs, read a site's manifest,
 * keep a site's template overrides, preview a document before release. Changes of content,
 * channels and sites are published without anyone asking: the module listens to their events.
 */
@Service
@Transactional
public class PublishManagement {

	private final JobStore jobs;

	private final ManifestStore manifest;

	private final TemplateStore templates;

	private final Themes themes;

	private final SitePublisher publisher;

	private final ContentCatalog catalog;

	private final StaffAccess access;

	private final SiteDirectory sites;

	private final Clock clock;

	PublishManagement(JobStore jobs, ManifestStore manifest, TemplateStore templates, Themes themes,
			SitePublisher publisher, ContentCatalog catalog, StaffAccess access, SiteDirectory sites, Clock clock) {
		this.jobs = jobs;
		this.manifest = manifest;
		this.templates = templates;
		this.themes = themes;
		this.publisher = publisher;
		this.catalog = catalog;
		this.access = access;
		this.sites = sites;
		this.clock = clock;
	}

	// --- publishing ------------------------------------------------------------------------------

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

	/** The sites the user manages (all for the system administrator) or keeps the templates of. */
	@PreAuthorize("hasAuthority('STAFF')")
	@Transactional(readOnly = true)
	public List<PublishableSite> sites() {
		List<PublishableSite> mine = new ArrayList<>();
		for (SiteSummary site : sites.all()) {
			boolean manages = access.managesSite(site.id());
			boolean templates = access.hasSiteRole(site.id(), StaffRole.TEMPLATE_MANAGER);
			if (manages || templates) {
				mine.add(new PublishableSite(site.id(), site.name(), site.siteCode(), jobs.busy(site.id()), templates));
			}
		}
		return mine;
	}

	private List<PublishJobView> named(List<PublishJobView> views) {
		Map<Long, String> names = new java.util.HashMap<>();
		return views.stream()
			.map(job -> job.named(names.computeIfAbsent(job.siteId(),
					id -> sites.find(id).map(SiteSummary::name).orElse(String.valueOf(id)))))
			.toList();
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
		return manifest.entries(siteId, offset, limit);
	}

	// --- templates -------------------------------------------------------------------------------

	@PreAuthorize("@staffAccess.hasSiteRole(#siteId, T(org.govsite.identity.StaffRole).TEMPLATE_MANAGER)")
	@Transactional(readOnly = true)
	public List<TemplateInfo> templates(long siteId) {
		Map<String, String> current = templates.current(siteId);
		List<TemplateInfo> all = new ArrayList<>();
		for (String name : Theme.TEMPLATES.stream().sorted().toList()) {
			List<TemplateVersion> versions = templates.versions(siteId, name);
			TemplateVersion last = versions.isEmpty() ? null : versions.get(0);
			all.add(new TemplateInfo(name, current.containsKey(name), last == null ? null : last.savedBy(),
					last == null ? null : last.savedAt()));
		}
		return all;
	}

	/** The template's source in force for the site: its own version, or the default theme's. */
	@PreAuthorize("@staffAccess.hasSiteRole(#siteId, T(org.govsite.identity.StaffRole).TEMPLATE_MANAGER)")
	@Transactional(readOnly = true)
	public String templateSource(long siteId, String name) {
		known(name);
		String own = templates.current(siteId).get(name);
		return own != null ? own : Theme.defaultSource(name);
	}

	@PreAuthorize("@staffAccess.hasSiteRole(#siteId, T(org.govsite.identity.StaffRole).TEMPLATE_MANAGER)")
	@Transactional(readOnly = true)
	public List<TemplateVersion> templateVersions(long siteId, String name) {
		known(name);
		return templates.versions(siteId, name);
	}

	/**
	 * Saves a new version of one of the site's templates, after rendering every page kind with it;
	 * then publishes the site in full. A template that fails is refused with the error.
	 */
	@PreAuthorize("@staffAccess.hasSiteRole(#siteId, T(org.govsite.identity.StaffRole).TEMPLATE_MANAGER)")
	public long saveTemplate(long siteId, String name, String source, @Nullable String note) {
		known(name);
		Map<String, String> candidate = new java.util.HashMap<>(templates.current(siteId));
		candidate.put(name, source);
		check(siteId, name, candidate);
		return saved(siteId, name, source, note);
	}

	/** Goes back to the default theme's template (kept as a version too). */
	@PreAuthorize("@staffAccess.hasSiteRole(#siteId, T(org.govsite.identity.StaffRole).TEMPLATE_MANAGER)")
	public long revertTemplate(long siteId, String name, @Nullable String note) {
		known(name);
		return saved(siteId, name, null, note);
	}

	private long saved(long siteId, String name, @Nullable String source, @Nullable String note) {
		long id = templates.save(siteId, name, source, String.valueOf(access.currentUsername()), clock.instant(), note);
		themes.changed(siteId);
		jobs.enqueue(siteId, JobKind.FULL, Set.of(), Set.of(), PageText.text("page.reason.template", name),
				access.currentUsername(), clock.instant());
		return id;
	}

	private void check(long siteId, String name, Map<String, String> overrides) {
		SiteContext site = publisher.context(siteId);
		try {
			TemplateSample.render(new Theme(overrides), site);
		}
		catch (RuntimeException e) {
			Throwable cause = e;
			while (cause.getCause() != null && cause.getCause() != cause && !(cause instanceof TemplateRefusal)) {
				cause = cause.getCause();
			}
			if (cause instanceof TemplateRefusal refusal) {
				throw new TemplateRejected(name, String.valueOf(refusal.getMessage()));
			}
			throw new TemplateRejected(name, String.valueOf(e.getMessage())
					+ (cause == e ? "" : "（" + cause.getMessage() + "）"));
		}
	}

	private static void known(String name) {
		if (!Theme.TEMPLATES.contains(name)) {
			throw new NotFound("template", name);
		}
	}

	// --- preview ---------------------------------------------------------------------------------

	/**
	 * A document's newest version rendered with its site's theme, never written to disk: for staff
	 * with a role on the document's site. {@code base} is where the preview's relative links start.
	 */
	@PreAuthorize("hasAuthority('STAFF')")
	@Transactional(readOnly = true)
	public String preview(long documentId, String base) {
		PublishedDocument draft = catalog.draft(documentId).orElseThrow(() -> new NotFound("document", documentId));
		if (!access.isSystemAdmin() && !hasAnyRole(draft.siteId())) {
			throw new NotFound("document", documentId);
		}
		return Preview.render(publisher, themes, catalog, draft, base);
	}

	/** A file a preview links to: the theme's assets, or one of the draft's attachments. */
	@PreAuthorize("hasAuthority('STAFF')")
	@Transactional(readOnly = true)
	public PreviewFile previewFile(long documentId, String path) {
		PublishedDocument draft = catalog.draft(documentId).orElseThrow(() -> new NotFound("document", documentId));
		if (!access.isSystemAdmin() && !hasAnyRole(draft.siteId())) {
			throw new NotFound("document", documentId);
		}
		return Preview.file(themes, catalog, draft, path).orElseThrow(() -> new NotFound("file", path));
	}

	private boolean hasAnyRole(long siteId) {
		for (StaffRole role : StaffRole.values()) {
			if (!role.isAdministrator() && access.hasSiteRole(siteId, role)) {
				return true;
			}
		}
		return false;
	}

	private Set<Long> visibleSites() {
		List<StaffRole> roles = new ArrayList<>();
		for (StaffRole role : StaffRole.values()) {
			if (!role.isAdministrator()) {
				roles.add(role);
			}
		}
		return access.sitesWith(roles.toArray(StaffRole[]::new));
	}
}
