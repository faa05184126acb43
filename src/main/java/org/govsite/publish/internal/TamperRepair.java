package org.govsite.publish.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.govsite.audit.AuditEntry;
import org.govsite.audit.AuditTrail;
import org.govsite.identity.StaffRole;
import org.govsite.notification.Notifications;
import org.govsite.platform.BackOffice;
import org.govsite.platform.GovSiteProperties;
import org.govsite.publish.internal.FolderCheck.Findings;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Restores a site's published files to what the manifest says was published (网页防篡改): a file
 * altered or deleted is written again from its source, a file nobody published is removed; each
 * restoration is recorded in the audit trail and reported to the security administrators. A site
 * whose publish job is running is left for later, since its files are then ahead of its manifest.
 */
@Component
@BackOffice
public class TamperRepair {

	private static final Logger log = LoggerFactory.getLogger(TamperRepair.class);

	/** The paths an audit record names at most: a defaced site may have thousands. */
	private static final int NAMED = 20;

	private final SitePublisher publisher;

	private final ManifestStore manifest;

	private final JobStore jobs;

	private final SiteDirectory sites;

	private final GovSiteProperties platform;

	private final AuditTrail audit;

	private final Notifications notifications;

	private final MessageSource messages;

	TamperRepair(SitePublisher publisher, ManifestStore manifest, JobStore jobs, SiteDirectory sites,
			GovSiteProperties platform, AuditTrail audit, Notifications notifications,
			MessageSource messages) {
		this.publisher = publisher;
		this.manifest = manifest;
		this.jobs = jobs;
		this.sites = sites;
		this.platform = platform;
		this.audit = audit;
		this.notifications = notifications;
		this.messages = messages;
	}

	/** The folder all sites are published under. */
	public Path root() {
		return platform.dataPath("publish").toAbsolutePath().normalize();
	}

	/** Every site by the name of its folder. */
	public Map<String, SiteSummary> sitesByFolder() {
		Map<String, SiteSummary> byFolder = new HashMap<>();
		sites.all().forEach(site -> byFolder.put(SiteContext.folder(site.id(), site.siteCode()), site));
		return byFolder;
	}

	/** Every file of every site against its manifest; a site being published is skipped this time. */
	public void sweep() {
		for (SiteSummary site : sites.all()) {
			try {
				check(site, null);
			}
			catch (RuntimeException e) {
				log.error("Could not check the published files of site {}", site.id(), e);
			}
		}
	}

	/**
	 * Compares the named files of the site (all of them when {@code null}) with the manifest and
	 * restores what differs.
	 *
	 * @return false when the site is being published and was not checked
	 */
	public boolean check(SiteSummary site, @Nullable Collection<String> paths) {
		if (jobs.running(site.id())) {
			return false;
		}
		Path folder = root().resolve(SiteContext.folder(site.id(), site.siteCode()));
		Findings findings = paths == null ? FolderCheck.all(folder, manifest.digests(site.id()))
				: FolderCheck.of(folder, paths, manifest.digests(site.id(), paths));
		if (findings.clean()) {
			return true;
		}
		FolderWriter writer = new FolderWriter(folder, true);
		for (String added : findings.added()) {
			try {
				writer.delete(added);
			}
			catch (IOException e) {
				throw new UncheckedIOException("Could not remove the unpublished file " + added, e);
			}
		}
		publisher.restore(site.id(), findings.toRestore());
		report(site, findings);
		return true;
	}

	private void report(SiteSummary site, Findings findings) {
		log.warn("Published files of site {} were altered and are restored: changed {}, deleted {}, added {}", site.id(),
				findings.changed(), findings.missing(), findings.added());
		String detail = "changed " + named(findings.changed()) + "; deleted " + named(findings.missing()) + "; added "
				+ named(findings.added());
		String siteId = Long.toString(site.id());
		audit.record(new AuditEntry("system", "publish.tamper.restore", "site", siteId, true, null, detail));
		String subject = messages.getMessage("publish.tamper.restored", new Object[] { site.name(),
				findings.changed().size(), findings.missing().size(), findings.added().size() }, Locale.SIMPLIFIED_CHINESE);
		notifications.notify(List.of(StaffRole.SECURITY_ADMIN.authority()), PublishNotice.TAMPER_RESTORED.kind(), subject,
				"/admin/publish");
	}

	private static String named(Collection<String> paths) {
		List<String> first = paths.stream().limit(NAMED).toList();
		return paths.size() > NAMED ? first + " (+" + (paths.size() - NAMED) + ")" : first.toString();
	}
}
